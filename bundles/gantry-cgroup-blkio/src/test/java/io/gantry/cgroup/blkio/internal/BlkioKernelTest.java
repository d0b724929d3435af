package io.gantry.cgroup.blkio.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.gantry.api.cgroup.CgroupLayout;
import io.gantry.api.container.Resources;
import io.gantry.api.container.ThrottleDevice;
import io.gantry.testkit.KernelCgroup;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A real v1 blkio cgroup of this host, with a loop device to read from. */
class BlkioKernelTest {
    private final BlkioController controller = new BlkioController();

    @Test
    void countsTheIoOfItsMembersAndLiftsALimitWithZero() throws Exception {
        CgroupLayout layout = CgroupLayout.detect();
        try (KernelCgroup cgroup = KernelCgroup.create("blkio"); LoopDevice loop = LoopDevice.attach()) {
            String device = loop.sysfsNumber().toString();
            controller.update(Resources.builder()
                    .deviceReadBps(List.of(new ThrottleDevice(loop.path(), 10_485_760))).build(), layout,
                    cgroup.cgroupsPath());
            assertEquals(device + " 10485760",
                    Files.readString(cgroup.dir("blkio").resolve("blkio.throttle.read_bps_device")).trim());

            Process reader = cgroup.startMember("exec /bin/busybox dd if=" + loop.path()
                    + " of=/dev/null bs=4096 count=16 iflag=direct");
            assertEquals(0, reader.waitFor(), "dd in the cgroup");
            Map<String, Long> stats = controller.stats(layout, cgroup.cgroupsPath());
            assertEquals(65_536L, stats.get("io_service_bytes_recursive:" + device + ":read"), stats.toString());
            assertEquals(16L, stats.get("io_serviced_recursive:" + device + ":read"), stats.toString());
            assertEquals(10_485_760L, stats.get("read_bps:" + device));

            controller.update(Resources.builder().deviceReadBps(List.of(new ThrottleDevice(loop.path(), 0))).build(),
                    layout, cgroup.cgroupsPath());
            assertFalse(controller.stats(layout, cgroup.cgroupsPath()).containsKey("read_bps:" + device));
        }
    }
}
