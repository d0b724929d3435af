package io.gantry.cgroup.blkio.internal;

import io.gantry.api.FailedPreconditionException;
import io.gantry.api.cgroup.CgroupController;
import io.gantry.api.cgroup.CgroupLayout;
import io.gantry.api.cgroup.CgroupVersion;
import io.gantry.api.container.Resources;
import io.gantry.api.oci.LinuxResources;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.osgi.service.component.annotations.Component;

/**
 * The block IO controller (blkio on v1, the io.* files on v2): --blkio-weight, --blkio-weight-device and the
 * --device-{read,write}-{bps,iops} limits, with device paths resolved to major:minor on this host.
 * <p>
 * Stats keys, the same on v1 and v2 ({@code M:m} is a device's major:minor):
 * <ul>
 * <li>{@code io_service_bytes_recursive:M:m:<op>} and {@code io_serviced_recursive:M:m:<op>}: bytes and
 * operations done, {@code <op>} being read, write, sync, async, discard or total on v1 (from
 * blkio.throttle.io_service_bytes_recursive and io_serviced_recursive) and read, write or discard on v2 (io.stat
 * rbytes, wbytes, dbytes, rios, wios, dios) - Docker's blkio_stats entries;</li>
 * <li>{@code read_bps:M:m}, {@code write_bps:M:m}, {@code read_iops:M:m}, {@code write_iops:M:m}: the limits set
 * (a device without a limit has no key);</li>
 * <li>{@code weight} and {@code weight:M:m}: the default and per-device weights, in the scale of the file they
 * come from (blkio.weight and the bfq files 10..1000, io.weight 1..10000).</li>
 * </ul>
 */
@Component(service = CgroupController.class)
public class BlkioController implements CgroupController {
    static final String NAME = "blkio";
    private final DeviceResolver devices;

    public BlkioController() {
        this(new HostBlockDevices());
    }

    BlkioController(DeviceResolver devices) {
        this.devices = devices;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void contribute(Resources resources, LinuxResources out) {
        BlkioSettings settings = BlkioSettings.of(resources, devices);
        if (!settings.isEmpty()) {
            out.blockIO = settings.toOci();
        }
    }

    @Override
    public Map<String, Long> stats(CgroupLayout layout, String cgroupsPath) {
        Map<String, Long> stats = new LinkedHashMap<>();
        layout.dir(NAME, cgroupsPath).ifPresent(dir -> {
            if (layout.version() == CgroupVersion.V2) {
                BlkioStats.readV2(dir, stats);
            } else {
                BlkioStats.readV1(dir, stats);
            }
        });
        return stats;
    }

    @Override
    public void update(Resources resources, CgroupLayout layout, String cgroupsPath) {
        BlkioSettings settings = BlkioSettings.of(resources, devices);
        if (settings.isEmpty()) {
            return;
        }
        Path dir = layout.dir(NAME, cgroupsPath).orElseThrow(() -> new FailedPreconditionException(
                "cannot update the block IO settings of " + cgroupsPath + ": the blkio controller is not mounted ("
                        + layout + ")"));
        if (layout.version() == CgroupVersion.V2) {
            BlkioWriter.writeV2(dir, settings);
        } else {
            BlkioWriter.writeV1(dir, settings);
        }
    }
}
