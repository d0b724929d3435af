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
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Runs update() and stats() against a real cgroup v1 memory directory. */
class MemoryKernelTest {
    private static final long MIB = 1024 * 1024;
    private final MemoryController controller = new MemoryController();

    private static Resources memory(Long memory, Long swap) {
        return Resources.builder().memoryBytes(memory).memorySwapBytes(swap).build();
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

    @Test
    void reservationSwappinessAndOomKillerReachTheKernel() throws IOException {
        CgroupLayout layout = hostLayout();
        try (KernelCgroup cgroup = KernelCgroup.create("memory")) {
            String path = cgroup.cgroupsPath();
            Resources extras = memory(64 * MIB, null).toBuilder().memoryReservationBytes(32 * MIB)
                    .memorySwappiness(5L).oomKillDisable(true).build();
            controller.update(extras, layout, path);
            assertEquals(32 * MIB, controller.stats(layout, path).get("reservation"));
            assertEquals("5", Files.readString(cgroup.dir("memory").resolve("memory.swappiness")).trim());
            assertTrue(Files.readString(cgroup.dir("memory").resolve("memory.oom_control"))
                    .contains("oom_kill_disable 1"));
            assertThrows(InvalidArgumentException.class, () -> controller.update(memory(16 * MIB, null), layout,
                    path), "the limit may not drop below the reservation");
            assertEquals(64 * MIB, controller.stats(layout, path).get("limit"));
        }
    }

    @Test
    void kernelMemoryIsAppliedExactlyWhereTheProbeFindsItHonoured() throws IOException {
        CgroupLayout layout = hostLayout();
        Path mount = layout.v1Mounts().get("memory");
        boolean honoured = KernelMemorySupport.probe(layout);
        try (Stream<Path> left = Files.list(mount)) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().startsWith("gantry-kmem-probe-"))
                    .toList(), "the probe removes its scratch cgroup");
        }
        try (KernelCgroup cgroup = KernelCgroup.create("memory")) {
            Resources kernel = Resources.builder().kernelMemoryBytes(64 * MIB).build();
            if (honoured) {
                controller.update(kernel, layout, cgroup.cgroupsPath());
                assertEquals(Long.toString(64 * MIB),
                        Files.readString(cgroup.dir("memory").resolve("memory.kmem.limit_in_bytes")).trim());
            } else {
                InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                        () -> controller.update(kernel, layout, cgroup.cgroupsPath()));
                assertTrue(e.getMessage().contains("--kernel-memory"), e.getMessage());
            }
        }
    }
}
