package io.gantry.shell.internal.args;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gantry.api.InvalidArgumentException;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GoDurationsTest {
    @ParameterizedTest
    @CsvSource({"30s, PT30S", "1m30s, PT1M30S", "1.5h, PT1H30M", "500ms, PT0.5S", "10us, PT0.00001S",
        "10µs, PT0.00001S", "7ns, PT0.000000007S", "-1s, PT-1S", "0, PT0S", ".5s, PT0.5S", "2h3m4s, PT2H3M4S"})
    void readsGosDurationText(String text, String expected) {
        assertEquals(Duration.parse(expected), GoDurations.parse("--health-interval", text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "5", "1d", "s", "1.s5", "soon", "1 s"})
    void refusesWhatGoRefuses(String text) {
        assertFalse(GoDurations.matches(text), text);
        assertEquals("invalid argument \"" + text + "\" for \"--x\" flag: time: invalid duration \"" + text + "\"",
                assertThrows(InvalidArgumentException.class, () -> GoDurations.parse("--x", text)).getMessage());
    }
}
