package io.gantry.cgroup.memory.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.Resources;
import io.gantry.api.oci.LinuxResources;
import org.junit.jupiter.api.Test;

class MemoryContributeTest {
    private static final long MIB = 1024 * 1024;
    private final MemoryController controller = new MemoryController();

    private static Resources memory(Long memory, Long swap) {
        return new Resources(memory, swap, null, null, null, null, null);
    }

    private LinuxResources contribute(Resources resources) {
        LinuxResources out = new LinuxResources();
        controller.contribute(resources, out);
        return out;
    }

    private String rejected(Resources resources) {
        LinuxResources out = new LinuxResources();
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> controller.contribute(resources, out));
        assertNull(out.memory);
        return e.getMessage();
    }

    @Test
    void nameIsTheKernelName() {
        assertEquals("memory", controller.name());
    }

    @Test
    void memoryAloneLeavesSwapUnset() {
        assertEquals(new LinuxResources.Memory(6 * MIB, null, null, null, null, null),
                contribute(memory(6 * MIB, null)).memory);
    }

    @Test
    void unlimitedSwapIsMinusOne() {
        assertEquals(-1L, contribute(memory(64 * MIB, -1L)).memory.swap());
    }

    @Test
    void swapEqualToMemoryMeansNoSwap() {
        assertEquals(64 * MIB, contribute(memory(64 * MIB, 64 * MIB)).memory.swap());
    }

    @Test
    void zeroMeansNotSetAsInTheDockerApi() {
        assertNull(contribute(memory(0L, 0L)).memory);
    }

    @Test
    void swapWithoutMemoryIsInvalid() {
        String message = rejected(memory(null, 128 * MIB));
        assertTrue(message.contains("needs a memory limit"), message);
    }
}
