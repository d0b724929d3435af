package io.gantry.shell.internal.args;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gantry.api.InvalidArgumentException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LogArgsTest {
    private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");

    @Test
    void tailAllOrAbsentMeansEveryRecord() {
        assertNull(LogArgs.tail(null));
        assertNull(LogArgs.tail("all"));
        assertEquals(0, LogArgs.tail("0"));
        assertEquals(25, LogArgs.tail("25"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "ten", "1.5"})
    void tailRejectsOtherValues(String value) {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> LogArgs.tail(value));
        assertEquals("invalid --tail value '" + value + "': expected a count or 'all'", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({
        "10m, 2024-05-01T11:50:00Z",
        "1h30m, 2024-05-01T10:30:00Z",
        "45s, 2024-05-01T11:59:15Z",
        "1.5h, 2024-05-01T10:30:00Z",
        "250ms, 2024-05-01T11:59:59.750Z",
        "1714564800, 2024-05-01T12:00:00Z",
        "1714564800.5, 2024-05-01T12:00:00.500Z",
        "2024-04-30T08:00:00Z, 2024-04-30T08:00:00Z",
        "2024-04-30T10:00:00+02:00, 2024-04-30T08:00:00Z",
        "2024-04-30T08:00:00, 2024-04-30T08:00:00Z",
        "2024-04-30, 2024-04-30T00:00:00Z",
    })
    void timeAcceptsDurationsAgoUnixTimesAndDates(String value, String expected) {
        assertEquals(Instant.parse(expected), LogArgs.time("--since", value, NOW));
    }

    @Test
    void timeRejectsOtherValuesNamingTheOption() {
        InvalidArgumentException e =
                assertThrows(InvalidArgumentException.class, () -> LogArgs.time("--until", "yesterday", NOW));
        assertEquals("invalid --until value 'yesterday': expected a duration (10m, 1h30m), a unix timestamp or an "
                + "RFC 3339 date", e.getMessage());
    }
}
