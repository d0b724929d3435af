package io.gantry.cgroup.blkio.internal;

import io.gantry.api.cgroup.CgroupController;
import io.gantry.api.container.Resources;
import io.gantry.api.container.ThrottleDevice;
import io.gantry.api.container.WeightDevice;
import io.gantry.api.oci.LinuxResources;
import io.gantry.testkit.conformance.CgroupControllerConformanceTest;
import java.util.List;
import java.util.Map;

/**
 * The blkio controller runs the cgroup controller suite: a read bandwidth and a write IOPS limit on a real block
 * device of this host (the weights are left out: this host's IO scheduler may offer none; BlkioWriterTest has them).
 */
class BlkioControllerConformanceTest extends CgroupControllerConformanceTest {
    private static final String SERVICE_BYTES_V1 = "8:16 Read 4096\n8:16 Write 8192\n8:16 Sync 12288\n"
            + "8:16 Async 0\n8:16 Discard 0\n8:16 Total 12288\nTotal 12288\n";
    private static final String SERVICED_V1 = "8:16 Read 1\n8:16 Write 2\n8:16 Sync 3\n8:16 Async 0\n"
            + "8:16 Discard 0\n8:16 Total 3\nTotal 3\n";
    private HostDisk disk;

    @Override
    protected CgroupController createController() {
        disk = HostDisk.require();
        return new BlkioController();
    }

    @Override
    protected Resources settings() {
        return Resources.builder().deviceReadBps(List.of(new ThrottleDevice(disk.path(), 1_048_576)))
                .deviceWriteIops(List.of(new ThrottleDevice(disk.path(), 100))).build();
    }

    @Override
    protected LinuxResources contributed() {
        LinuxResources out = new LinuxResources();
        out.blockIO = Map.of("throttleReadBpsDevice", List.of(device(1_048_576L)),
                "throttleWriteIOPSDevice", List.of(device(100L)));
        return out;
    }

    private Map<String, Object> device(long rate) {
        return Map.of("major", disk.number().major(), "minor", disk.number().minor(), "rate", rate);
    }

    @Override
    protected Map<String, Long> statsAfterUpdate() {
        return Map.of("read_bps:" + disk.number(), 1_048_576L, "write_iops:" + disk.number(), 100L);
    }

    @Override
    protected Map<String, Resources> invalidSettings() {
        return Map.of("invalid blkio weight 9: Range of blkio weight is from 10 to 1000",
                Resources.builder().blkioWeight(9L).build(),
                "invalid blkio weight 1001: Range of blkio weight is from 10 to 1000",
                Resources.builder().blkioWeight(1001L).build(),
                "invalid weight 5 for device " + disk.path() + " in BlkioWeightDevice (--blkio-weight-device)",
                Resources.builder().blkioWeightDevices(List.of(new WeightDevice(disk.path(), 5))).build(),
                "invalid device path /dev/null for BlkioDeviceReadBps (--device-read-bps): not a block device",
                Resources.builder().deviceReadBps(List.of(new ThrottleDevice("/dev/null", 1))).build(),
                "invalid device path /dev/gantry-no-such-disk for BlkioDeviceWriteIOps (--device-write-iops): no such",
                Resources.builder().deviceWriteIops(List.of(new ThrottleDevice("/dev/gantry-no-such-disk", 1))).build(),
                "invalid rate -1 for device " + disk.path() + " in BlkioDeviceWriteBps (--device-write-bps)",
                Resources.builder().blkioWeight(500L).deviceWriteBps(List.of(new ThrottleDevice(disk.path(), -1)))
                        .build());
    }

    @Override
    protected Map<String, String> v1Files() {
        return Map.of("blkio.weight", "500\n", "blkio.weight_device", "8:16 300\n",
                "blkio.throttle.read_bps_device", "8:16 2097152\n", "blkio.throttle.write_iops_device", "",
                "blkio.throttle.io_service_bytes_recursive", SERVICE_BYTES_V1,
                "blkio.throttle.io_serviced_recursive", SERVICED_V1);
    }

    @Override
    protected Map<String, Long> v1Stats() {
        return Map.ofEntries(Map.entry("weight", 500L), Map.entry("weight:8:16", 300L),
                Map.entry("read_bps:8:16", 2_097_152L),
                Map.entry("io_service_bytes_recursive:8:16:read", 4096L),
                Map.entry("io_service_bytes_recursive:8:16:write", 8192L),
                Map.entry("io_service_bytes_recursive:8:16:sync", 12288L),
                Map.entry("io_service_bytes_recursive:8:16:async", 0L),
                Map.entry("io_service_bytes_recursive:8:16:discard", 0L),
                Map.entry("io_service_bytes_recursive:8:16:total", 12288L),
                Map.entry("io_serviced_recursive:8:16:read", 1L), Map.entry("io_serviced_recursive:8:16:write", 2L),
                Map.entry("io_serviced_recursive:8:16:sync", 3L), Map.entry("io_serviced_recursive:8:16:async", 0L),
                Map.entry("io_serviced_recursive:8:16:discard", 0L),
                Map.entry("io_serviced_recursive:8:16:total", 3L));
    }

    @Override
    protected Map<String, String> v2Files() {
        return Map.of("io.weight", "default 100\n8:16 200\n",
                "io.max", "8:16 rbps=2097152 wbps=max riops=max wiops=120\n",
                "io.stat", "8:16 rbytes=4096 wbytes=8192 rios=1 wios=2 dbytes=0 dios=0\n");
    }

    @Override
    protected Map<String, Long> v2Stats() {
        return Map.ofEntries(Map.entry("weight", 100L), Map.entry("weight:8:16", 200L),
                Map.entry("read_bps:8:16", 2_097_152L), Map.entry("write_iops:8:16", 120L),
                Map.entry("io_service_bytes_recursive:8:16:read", 4096L),
                Map.entry("io_service_bytes_recursive:8:16:write", 8192L),
                Map.entry("io_service_bytes_recursive:8:16:discard", 0L),
                Map.entry("io_serviced_recursive:8:16:read", 1L), Map.entry("io_serviced_recursive:8:16:write", 2L),
                Map.entry("io_serviced_recursive:8:16:discard", 0L));
    }
}
