package io.gantry.core.internal.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gantry.api.InvalidArgumentException;
import org.junit.jupiter.api.Test;

class SignalsTest {
    @Test
    void namesWithOrWithoutSigPrefixInAnyCase() {
        assertEquals(9, Signals.parse("KILL"));
        assertEquals(9, Signals.parse("SIGKILL"));
        assertEquals(15, Signals.parse("term"));
        assertEquals(1, Signals.parse("HUP"));
        assertEquals(10, Signals.parse("SIGUSR1"));
        assertEquals(12, Signals.parse("USR2"));
        assertEquals(28, Signals.parse("WINCH"));
    }

    @Test
    void numbers() {
        assertEquals(9, Signals.parse("9"));
        assertEquals(64, Signals.parse("64"));
    }

    @Test
    void realtimeSignals() {
        assertEquals(34, Signals.parse("RTMIN"));
        assertEquals(37, Signals.parse("SIGRTMIN+3"));
        assertEquals(63, Signals.parse("RTMAX-1"));
        assertThrows(InvalidArgumentException.class, () -> Signals.parse("RTMIN+31"));
    }

    @Test
    void unknownOnesAreInvalid() {
        for (String bad : new String[] {"NOPE", "0", "65", "999", "", "SIG", "-9", "RTMIN+"}) {
            assertThrows(InvalidArgumentException.class, () -> Signals.parse(bad), bad);
        }
        assertEquals("invalid signal: FOO", assertThrows(InvalidArgumentException.class,
                () -> Signals.parse("FOO")).getMessage());
    }
}
