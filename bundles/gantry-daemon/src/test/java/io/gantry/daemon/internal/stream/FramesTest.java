package io.gantry.daemon.internal.stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Docker's stream frames. */
class FramesTest {
    @Test
    void framesCarryStreamAndBigEndianLength() {
        byte[] frame = Frames.frame(Frames.STDERR, new byte[300]);
        assertArrayEquals(new byte[] {2, 0, 0, 0, 0, 0, 1, 44}, java.util.Arrays.copyOf(frame, 8));
        assertEquals(308, frame.length);
    }
}
