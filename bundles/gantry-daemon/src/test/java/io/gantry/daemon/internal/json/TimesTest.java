package io.gantry.daemon.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gantry.api.InvalidArgumentException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Docker's time forms. */
class TimesTest {
    @Test
    void timesParseUnixSecondsAndRfc3339() {
        assertEquals(Instant.ofEpochSecond(1700000000, 500_000_000), Times.parse("since", "1700000000.5"));
        assertEquals(Instant.parse("2024-01-01T00:00:00Z"), Times.parse("since", "2024-01-01T00:00:00Z"));
        assertThrows(InvalidArgumentException.class, () -> Times.parse("since", "yesterday"));
    }
}
