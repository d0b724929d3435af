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
    private final MemoryController controller = new MemoryController(() -> false);

    private static Resources memory(Long memory, Long swap) {
        return Resources.builder().memoryBytes(memory).memorySwapBytes(swap).build();
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

    @Test
    void reservationSwappinessAndOomKillerGoIntoTheSpec() {
        Resources all = memory(64 * MIB, 128 * MIB).toBuilder().memoryReservationBytes(32 * MIB)
                .memorySwappiness(0L).oomKillDisable(true).build();
        assertEquals(new LinuxResources.Memory(64 * MIB, 32 * MIB, 128 * MIB, null, 0L, true), contribute(all).memory);
    }

    @Test
    void reservationAloneNeedsNoHardLimit() {
        Resources reservation = Resources.builder().memoryReservationBytes(32 * MIB).build();
        assertEquals(new LinuxResources.Memory(null, 32 * MIB, null, null, null, null), contribute(reservation).memory);
    }

    @Test
    void swappinessMinusOneAndKernelMemoryZeroMeanNotSet() {
        assertNull(contribute(Resources.builder().memorySwappiness(-1L).kernelMemoryBytes(0L).build()).memory);
    }

    @Test
    void reservationAboveTheLimitIsRefusedWithDockersMessage() {
        Resources above = memory(64 * MIB, null).toBuilder().memoryReservationBytes(128 * MIB).build();
        assertEquals("Minimum memory limit can not be less than memory reservation limit, see usage.",
                rejected(above));
    }

    @Test
    void kernelMemoryIsRefusedWhereTheKernelLacksItNamingTheOption() {
        String message = rejected(Resources.builder().kernelMemoryBytes(64 * MIB).build());
        assertTrue(message.contains("--kernel-memory 67108864") && message.contains("memory.kmem.limit_in_bytes"),
                message);
    }

    @Test
    void kernelMemoryGoesIntoTheSpecWhereTheKernelHasIt() {
        LinuxResources out = new LinuxResources();
        new MemoryController(() -> true).contribute(Resources.builder().kernelMemoryBytes(64 * MIB).build(), out);
        assertEquals(new LinuxResources.Memory(null, null, null, 64 * MIB, null, null), out.memory);
    }
}
