package io.gantry.daemon.internal.stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DetachFilterTest {
    private static final byte CTRL_P = 16;
    private static final byte CTRL_Q = 17;

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    @Test
    void theDefaultSequenceDetachesAndIsNotPassedOn() {
        DetachFilter filter = new DetachFilter(DetachKeys.parse(null));
        assertEquals("ls\r", text(filter.pass("ls\r".getBytes(StandardCharsets.ISO_8859_1))));
        assertEquals("", text(filter.pass(new byte[] {CTRL_P})), "a possible start is held back");
        assertFalse(filter.detached());
        assertEquals("", text(filter.pass(new byte[] {CTRL_Q, 'x'})), "nothing after the sequence");
        assertTrue(filter.detached());
    }

    @Test
    void heldBackBytesGoOnWhenTheSequenceBreaks() {
        DetachFilter filter = new DetachFilter(DetachKeys.parse(null));
        assertEquals("", text(filter.pass(new byte[] {CTRL_P})));
        assertEquals("\u0010a", text(filter.pass(new byte[] {'a'})));
        assertEquals("\u0010", text(filter.pass(new byte[] {CTRL_P, CTRL_P})), "the second ^P may start it again");
        assertFalse(filter.detached());
        assertEquals("", text(filter.pass(new byte[] {CTRL_Q})));
        assertTrue(filter.detached());
    }

    @Test
    void customKeysAcrossPieces() {
        DetachFilter filter = new DetachFilter(DetachKeys.parse("ctrl-x,a,DEL"));
        assertEquals("b", text(filter.pass(new byte[] {'b', 24})));
        assertEquals("", text(filter.pass(new byte[] {'a'})));
        assertEquals("\u0018ab", text(filter.pass(new byte[] {'b'})), "ctrl-x a b is no sequence");
        assertEquals("", text(filter.pass(new byte[] {24, 'a', 127})));
        assertTrue(filter.detached());
    }

    @Test
    void parsesEveryKindOfKey() {
        assertArrayEquals(new byte[] {CTRL_P, CTRL_Q}, DetachKeys.parse(""));
        assertArrayEquals(new byte[] {0, 27, 28, 29, 30, 31, 1, 26}, DetachKeys.parse(
                "ctrl-@,ctrl-[,ctrl-\\,ctrl-],ctrl-^,ctrl-_,ctrl-a,ctrl-z"));
        assertArrayEquals(new byte[] {'x', 127}, DetachKeys.parse("x,DEL"));
    }
}
