package io.gantry.cgroup.blkio.internal;

import io.gantry.api.container.Resources;
import io.gantry.api.container.ThrottleDevice;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/** The four per-device IO limits, with their names in the Docker API, the OCI spec, and cgroup v1 and v2. */
enum Throttle {
    READ_BPS(Resources::deviceReadBps, "BlkioDeviceReadBps (--device-read-bps)", "throttleReadBpsDevice",
            "blkio.throttle.read_bps_device", "rbps", "read_bps"),
    WRITE_BPS(Resources::deviceWriteBps, "BlkioDeviceWriteBps (--device-write-bps)", "throttleWriteBpsDevice",
            "blkio.throttle.write_bps_device", "wbps", "write_bps"),
    READ_IOPS(Resources::deviceReadIops, "BlkioDeviceReadIOps (--device-read-iops)", "throttleReadIOPSDevice",
            "blkio.throttle.read_iops_device", "riops", "read_iops"),
    WRITE_IOPS(Resources::deviceWriteIops, "BlkioDeviceWriteIOps (--device-write-iops)", "throttleWriteIOPSDevice",
            "blkio.throttle.write_iops_device", "wiops", "write_iops");

    private final Function<Resources, List<ThrottleDevice>> field;
    final String flag;
    final String ociKey;
    final String v1File;
    final String ioMaxKey;
    final String statsKey;

    Throttle(Function<Resources, List<ThrottleDevice>> field, String flag, String ociKey, String v1File,
            String ioMaxKey, String statsKey) {
        this.field = field;
        this.flag = flag;
        this.ociKey = ociKey;
        this.v1File = v1File;
        this.ioMaxKey = ioMaxKey;
        this.statsKey = statsKey;
    }

    /** The limit an io.max line names "rbps", "wiops"...; empty for others. */
    static Optional<Throttle> ofIoMaxKey(String key) {
        return Stream.of(values()).filter(t -> t.ioMaxKey.equals(key)).findFirst();
    }

    List<ThrottleDevice> of(Resources resources) {
        List<ThrottleDevice> devices = field.apply(resources);
        return devices == null ? List.of() : devices;
    }
}
