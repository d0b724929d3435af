package io.gantry.cgroup.memory.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.FailedPreconditionException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.cgroup.CgroupLayout;
import io.gantry.api.container.Resources;
import io.gantry.testkit.FakeCgroupDir;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        return new Resources(memory, swap, null, null, null, null, null);
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
}
