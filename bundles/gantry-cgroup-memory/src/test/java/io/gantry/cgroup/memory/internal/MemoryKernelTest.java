package io.gantry.cgroup.memory.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.cgroup.CgroupLayout;
import io.gantry.api.cgroup.CgroupVersion;
import io.gantry.api.container.Resources;
import io.gantry.testkit.Await;
import io.gantry.testkit.KernelCgroup;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Runs update() and stats() against a real cgroup v1 memory directory. */
class MemoryKernelTest {
    private static final long MIB = 1024 * 1024;
    private final MemoryController controller = new MemoryController();

    private static Resources memory(Long memory, Long swap) {
        return new Resources(memory, swap, null, null, null, null, null);
    }

    private static CgroupLayout hostLayout() {
        CgroupLayout layout = CgroupLayout.detect();
        assertEquals(CgroupVersion.V1, layout.version(), "this test expects the hybrid v1 host");
        return layout;
    }

    @Test
    void raisingAndLoweringBothLimitsWritesThemInAnOrderTheKernelAccepts() throws IOException {
        CgroupLayout layout = hostLayout();
        try (KernelCgroup cgroup = KernelCgroup.create("memory")) {
            String path = cgroup.cgroupsPath();
            controller.update(memory(64 * MIB, 128 * MIB), layout, path);
            assertEquals(64 * MIB, controller.stats(layout, path).get("limit"));

            controller.update(memory(256 * MIB, 512 * MIB), layout, path);
            assertEquals(256 * MIB, controller.stats(layout, path).get("limit"));
            assertEquals(Long.toString(512 * MIB),
                    Files.readString(cgroup.dir("memory").resolve("memory.memsw.limit_in_bytes")).trim());

            controller.update(memory(32 * MIB, 48 * MIB), layout, path);
            assertEquals(32 * MIB, controller.stats(layout, path).get("limit"));
            assertEquals(Long.toString(48 * MIB),
                    Files.readString(cgroup.dir("memory").resolve("memory.memsw.limit_in_bytes")).trim());

            assertThrows(InvalidArgumentException.class, () -> controller.update(memory(64 * MIB, null), layout, path));
            controller.update(memory(64 * MIB, -1L), layout, path);
            assertEquals(64 * MIB, controller.stats(layout, path).get("limit"));
        }
    }

    @Test
    void processOverTheLimitIsOomKilledAndCounted() throws Exception {
        CgroupLayout layout = hostLayout();
        try (KernelCgroup cgroup = KernelCgroup.create("memory")) {
            controller.update(memory(8 * MIB, 8 * MIB), layout, cgroup.cgroupsPath());
            Process hog = cgroup.startMember("exec /bin/busybox dd if=/dev/zero of=/dev/null bs=32M count=1");
            Await.until("the memory hog to exit", Duration.ofSeconds(20), () -> !hog.isAlive());
            assertEquals(128 + 9, hog.exitValue(), "killed by SIGKILL");

            Map<String, Long> stats = controller.stats(layout, cgroup.cgroupsPath());
            assertEquals(8 * MIB, stats.get("limit"));
            assertTrue(stats.get("oom_kill") >= 1, stats.toString());
            assertTrue(stats.get("max_usage") > 4 * MIB && stats.get("max_usage") <= 8 * MIB, stats.toString());
            assertTrue(stats.keySet().containsAll(List.of("usage", "failcnt", "rss", "cache")),
                    stats.toString());
        }
    }
}
