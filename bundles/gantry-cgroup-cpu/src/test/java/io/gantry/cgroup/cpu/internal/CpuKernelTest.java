package io.gantry.cgroup.cpu.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.gantry.api.FailedPreconditionException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.cgroup.CgroupLayout;
import io.gantry.api.cgroup.CgroupVersion;
import io.gantry.api.container.Resources;
import io.gantry.testkit.Await;
import io.gantry.testkit.KernelCgroup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Usage figures of real cgroup v1 cpu and cpuacct directories (separate mounts here) under a quota, and real-time
 * limits where the kernel has them.
 */
class CpuKernelTest {
    private final CpuController controller = new CpuController();

    @Test
    void usageIsCountedWhileThrottled() throws IOException {
        CgroupLayout layout = CgroupLayout.detect();
        assertEquals(CgroupVersion.V1, layout.version(), "this test expects the hybrid v1 host");
        try (KernelCgroup cgroup = KernelCgroup.create("cpu", "cpuacct")) {
            Resources halfCpu = Resources.builder().nanoCpus(500_000_000L).cpuShares(512L).build();
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

            controller.update(Resources.builder().cpuQuota(-1L).build(), layout, cgroup.cgroupsPath());
            assertEquals(-1L, controller.stats(layout, cgroup.cgroupsPath()).get("quota"));
        }
    }

    @Test
    void realtimeRuntimeAndPeriodReachTheKernelInAnOrderItAccepts() throws IOException {
        CgroupLayout layout = CgroupLayout.detect();
        assumeTrue(RealtimeSupport.has(layout), "needs CONFIG_RT_GROUP_SCHED on cgroup v1");
        try (KernelCgroup cgroup = KernelCgroup.create("cpu")) {
            String path = cgroup.cgroupsPath();
            update(10_000L, 100_000L, layout, path);
            assertEquals(Map.of("rt_runtime", 10_000L, "rt_period", 100_000L), realtime(layout, path));
            update(150_000L, 200_000L, layout, path);
            assertEquals(Map.of("rt_runtime", 150_000L, "rt_period", 200_000L), realtime(layout, path));
            update(5_000L, 50_000L, layout, path);
            assertEquals(Map.of("rt_runtime", 5_000L, "rt_period", 50_000L), realtime(layout, path));
            assertThrows(InvalidArgumentException.class, () -> update(60_000L, null, layout, path));
            assertEquals(Map.of("rt_runtime", 5_000L, "rt_period", 50_000L), realtime(layout, path));
        }
    }

    @Test
    void aRuntimeTheParentHasNoBudgetForIsRefusedNamingTheParent() throws IOException {
        CgroupLayout layout = CgroupLayout.detect();
        assumeTrue(RealtimeSupport.has(layout), "needs CONFIG_RT_GROUP_SCHED on cgroup v1");
        try (KernelCgroup cgroup = KernelCgroup.create("cpu")) {
            Path child = Files.createDirectory(cgroup.dir("cpu").resolve("child"));
            try {
                FailedPreconditionException e = assertThrows(FailedPreconditionException.class,
                        () -> update(1_000L, null, layout, cgroup.cgroupsPath() + "/child"));
                assertTrue(e.getMessage().contains(cgroup.dir("cpu").resolve("cpu.rt_runtime_us") + " is 0"),
                        e.getMessage());
            } finally {
                Files.delete(child);
            }
        }
    }

    private void update(Long runtime, Long period, CgroupLayout layout, String path) {
        controller.update(Resources.builder().cpuRealtimeRuntime(runtime).cpuRealtimePeriod(period).build(), layout,
                path);
    }

    private Map<String, Long> realtime(CgroupLayout layout, String path) {
        Map<String, Long> stats = controller.stats(layout, path);
        return Map.of("rt_runtime", stats.get("rt_runtime"), "rt_period", stats.get("rt_period"));
    }
}
