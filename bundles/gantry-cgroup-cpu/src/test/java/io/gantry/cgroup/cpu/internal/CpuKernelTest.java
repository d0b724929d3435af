package io.gantry.cgroup.cpu.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.cgroup.CgroupLayout;
import io.gantry.api.cgroup.CgroupVersion;
import io.gantry.api.container.Resources;
import io.gantry.testkit.Await;
import io.gantry.testkit.KernelCgroup;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Usage figures of real cgroup v1 cpu and cpuacct directories (separate mounts here) under a quota. */
class CpuKernelTest {
    private final CpuController controller = new CpuController();

    @Test
    void usageIsCountedWhileThrottled() throws IOException {
        CgroupLayout layout = CgroupLayout.detect();
        assertEquals(CgroupVersion.V1, layout.version(), "this test expects the hybrid v1 host");
        try (KernelCgroup cgroup = KernelCgroup.create("cpu", "cpuacct")) {
            Resources halfCpu = new Resources(null, null, 500_000_000L, 512L, null, null, null);
            controller.update(halfCpu, layout, cgroup.cgroupsPath());
            assertEquals(0L, controller.stats(layout, cgroup.cgroupsPath()).get("usage_ns"));

            // well over one period's quota of CPU, so the kernel must count periods whatever the timing
            Process busy = cgroup.startMember("i=0; while [ $i -lt 300000 ]; do i=$((i+1)); done");
            Await.until("the busy loop to finish", Duration.ofSeconds(30), () -> !busy.isAlive());
            assertEquals(0, busy.exitValue());

            Map<String, Long> after = controller.stats(layout, cgroup.cgroupsPath());
            assertTrue(after.get("usage_ns") > 0, after.toString());
            assertTrue(after.get("user_ns") + after.get("system_ns") > 0, after.toString());
            assertTrue(after.get("nr_periods") > 0, after.toString());

            controller.update(new Resources(null, null, null, null, -1L, null, null), layout, cgroup.cgroupsPath());
            assertEquals(-1L, controller.stats(layout, cgroup.cgroupsPath()).get("quota"));
        }
    }
}
