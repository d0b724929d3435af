package io.gantry.cgroup.memory.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.FailedPreconditionException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.cgroup.CgroupLayout;
import io.gantry.api.container.Resources;
import io.gantry.testkit.FakeCgroupDir;
import io.gantry.testkit.TreeSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemoryUpdateTest {
    private static final String PATH = FakeCgroupDir.CGROUPS_PATH;
    private static final long MIB = 1024 * 1024;
    private final MemoryController controller = new MemoryController();
    @TempDir
    Path root;

    private static Resources memory(Long memory, Long swap) {
        return Resources.builder().memoryBytes(memory).memorySwapBytes(swap).build();
    }

    private static Resources extras(Long reservation, Long swappiness, Boolean oomKillDisable) {
        return Resources.builder().memoryReservationBytes(reservation).memorySwappiness(swappiness)
                .oomKillDisable(oomKillDisable).build();
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file);
    }

    @Test
    void v1WritesMemoryAndMemsw() throws IOException {
        Path dir = FakeCgroupDir.under(root, Map.of("memory.limit_in_bytes", "9223372036854771712\n",
                "memory.memsw.limit_in_bytes", "9223372036854771712\n"));
        controller.update(memory(64 * MIB, 128 * MIB), CgroupLayout.v1(Map.of("memory", root)), PATH);
        assertEquals("67108864", read(dir.resolve("memory.limit_in_bytes")));
        assertEquals("134217728", read(dir.resolve("memory.memsw.limit_in_bytes")));
    }

    @Test
    void v1MemoryAloneMustStayWithinCurrentMemsw() throws IOException {
        Path dir = FakeCgroupDir.under(root, Map.of("memory.limit_in_bytes", "67108864\n", "memory.memsw.limit_in_bytes",
                "134217728\n"));
        CgroupLayout layout = CgroupLayout.v1(Map.of("memory", root));
        controller.update(memory(100 * MIB, null), layout, PATH);
        assertEquals("104857600", read(dir.resolve("memory.limit_in_bytes")));
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> controller.update(memory(256 * MIB, null), layout, PATH));
        assertTrue(e.getMessage().contains("update --memory-swap at the same time"), e.getMessage());
        assertEquals("104857600", read(dir.resolve("memory.limit_in_bytes")));
    }

    @Test
    void v1SwapNeedsSwapAccounting() throws IOException {
        FakeCgroupDir.under(root, Map.of("memory.limit_in_bytes", "67108864\n"));
        FailedPreconditionException e = assertThrows(FailedPreconditionException.class,
                () -> controller.update(memory(64 * MIB, 128 * MIB), CgroupLayout.v1(Map.of("memory", root)), PATH));
        assertTrue(e.getMessage().contains("swap accounting is off"), e.getMessage());
    }

    @Test
    void v2WritesMemoryMaxAndTheSwapPartAlone() throws IOException {
        Path dir = FakeCgroupDir.under(root, Map.of("memory.max", "max\n", "memory.swap.max", "max\n"));
        controller.update(memory(64 * MIB, 96 * MIB), CgroupLayout.v2(root), PATH);
        assertEquals("67108864", read(dir.resolve("memory.max")));
        assertEquals(Long.toString(32 * MIB), read(dir.resolve("memory.swap.max")));
        controller.update(memory(null, -1L), CgroupLayout.v2(root), PATH);
        assertEquals("max", read(dir.resolve("memory.swap.max")));
    }

    @Test
    void v2SwapAloneIsMeasuredAgainstTheCurrentMemoryLimit() throws IOException {
        Path dir = FakeCgroupDir.under(root, Map.of("memory.max", "67108864\n", "memory.swap.max", "0\n"));
        controller.update(memory(null, 100 * MIB), CgroupLayout.v2(root), PATH);
        assertEquals(Long.toString(36 * MIB), read(dir.resolve("memory.swap.max")));
    }

    @Test
    void v2SwapLimitWithUnlimitedMemoryIsInvalid() throws IOException {
        Path dir = FakeCgroupDir.under(root, Map.of("memory.max", "max\n", "memory.swap.max", "max\n"));
        assertThrows(InvalidArgumentException.class,
                () -> controller.update(memory(null, 100 * MIB), CgroupLayout.v2(root), PATH));
        assertEquals("max\n", read(dir.resolve("memory.swap.max")));
    }

    @Test
    void v1WritesReservationSwappinessAndOomControl() throws IOException {
        Path dir = FakeCgroupDir.under(root, Map.of("memory.limit_in_bytes", "67108864\n",
                "memory.soft_limit_in_bytes", "9223372036854771712\n", "memory.swappiness", "60\n",
                "memory.oom_control", "oom_kill_disable 0\nunder_oom 0\noom_kill 0\n"));
        controller.update(extras(32 * MIB, 10L, true), CgroupLayout.v1(Map.of("memory", root)), PATH);
        assertEquals("33554432", read(dir.resolve("memory.soft_limit_in_bytes")));
        assertEquals("10", read(dir.resolve("memory.swappiness")));
        assertEquals("1", read(dir.resolve("memory.oom_control")));
    }

    @Test
    void v1ReservationIsCheckedAgainstTheCurrentLimitAndTheLimitAgainstTheCurrentReservation() throws IOException {
        Map<String, String> files = Map.of("memory.limit_in_bytes", "67108864\n", "memory.soft_limit_in_bytes",
                "33554432\n");
        FakeCgroupDir.under(root, files);
        CgroupLayout layout = CgroupLayout.v1(Map.of("memory", root));
        TreeSnapshot before = TreeSnapshot.of(root);
        for (Resources refused : List.of(extras(128 * MIB, null, null), memory(16 * MIB, null))) {
            InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                    () -> controller.update(refused, layout, PATH));
            assertEquals("Minimum memory limit can not be less than memory reservation limit, see usage.",
                    e.getMessage());
        }
        assertEquals(List.of(), TreeSnapshot.of(root).differencesFrom(before));
        controller.update(memory(16 * MIB, null).toBuilder().memoryReservationBytes(8 * MIB).build(), layout, PATH);
        assertEquals(Long.toString(8 * MIB), read(root.resolve("gantry/c0ffee/memory.soft_limit_in_bytes")));
    }

    @Test
    void v1RefusesWhatThisKernelHasNoFileForBeforeWritingAnything() throws IOException {
        FakeCgroupDir.under(root, Map.of("memory.limit_in_bytes", "67108864\n"));
        CgroupLayout layout = CgroupLayout.v1(Map.of("memory", root));
        TreeSnapshot before = TreeSnapshot.of(root);
        Map<String, Resources> refused = Map.of("--kernel-memory 67108864",
                memory(32 * MIB, null).toBuilder().kernelMemoryBytes(64 * MIB).build(), "--memory-swappiness 10",
                memory(32 * MIB, null).toBuilder().memorySwappiness(10L).build(), "--oom-kill-disable true",
                memory(32 * MIB, null).toBuilder().oomKillDisable(true).build());
        refused.forEach((named, resources) -> {
            InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                    () -> controller.update(resources, layout, PATH));
            assertTrue(e.getMessage().contains(named), e.getMessage());
        });
        assertEquals(List.of(), TreeSnapshot.of(root).differencesFrom(before));
    }

    @Test
    void v1KernelMemoryIsWrittenFirst() throws IOException {
        Path dir = FakeCgroupDir.under(root, Map.of("memory.limit_in_bytes", "67108864\n",
                "memory.kmem.limit_in_bytes", "9223372036854771712\n"));
        controller.update(memory(32 * MIB, null).toBuilder().kernelMemoryBytes(16 * MIB).build(),
                CgroupLayout.v1(Map.of("memory", root)), PATH);
        assertEquals(Long.toString(16 * MIB), read(dir.resolve("memory.kmem.limit_in_bytes")));
        assertEquals(Long.toString(32 * MIB), read(dir.resolve("memory.limit_in_bytes")));
    }

    @Test
    void v2WritesMemoryLowAndChecksItAgainstMemoryMax() throws IOException {
        Path dir = FakeCgroupDir.under(root, Map.of("memory.max", "67108864\n", "memory.low", "0\n"));
        controller.update(extras(32 * MIB, null, false), CgroupLayout.v2(root), PATH);
        assertEquals("33554432", read(dir.resolve("memory.low")));
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> controller.update(memory(16 * MIB, null), CgroupLayout.v2(root), PATH));
        assertTrue(e.getMessage().startsWith("Minimum memory limit can not be less"), e.getMessage());
        assertEquals("67108864\n", read(dir.resolve("memory.max")));
    }

    @Test
    void v2RefusesKernelMemorySwappinessAndDisablingTheOomKillerWritingNothing() throws IOException {
        FakeCgroupDir.under(root, Map.of("memory.max", "max\n", "memory.low", "0\n"));
        TreeSnapshot before = TreeSnapshot.of(root);
        Map<String, Resources> refused = Map.of("cannot set --kernel-memory 67108864: cgroup v2",
                Resources.builder().memoryBytes(32 * MIB).kernelMemoryBytes(64 * MIB).build(),
                "cannot set --memory-swappiness 10: cgroup v2", extras(8 * MIB, 10L, null),
                "cannot set --oom-kill-disable true: cgroup v2", extras(8 * MIB, null, true));
        refused.forEach((named, resources) -> {
            InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                    () -> controller.update(resources, CgroupLayout.v2(root), PATH));
            assertTrue(e.getMessage().startsWith(named), e.getMessage());
        });
        assertEquals(List.of(), TreeSnapshot.of(root).differencesFrom(before));
    }
}
