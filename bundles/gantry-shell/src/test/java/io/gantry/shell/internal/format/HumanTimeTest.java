package io.gantry.shell.internal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HumanTimeTest {
    @ParameterizedTest
    @CsvSource({
        "0, Less than a second",
        "-5, Less than a second",
        "1, 1 second",
        "3, 3 seconds",
        "59, 59 seconds",
        "60, About a minute",
        "119, About a minute",
        "120, 2 minutes",
        "3599, 59 minutes",
        "3600, About an hour",
        "5399, About an hour",
        "5400, 2 hours",
        "169000, 47 hours",
        "172799, 2 days",
        "172800, 2 days",
        "1209600, 2 weeks",
        "5184000, 2 months",
        "63072000, 2 years",
    })
    void roundsLikeDocker(long seconds, String text) {
        assertEquals(text, HumanTime.duration(Duration.ofSeconds(seconds)));
    }

    @Test
    void agoAppendsAgo() {
        Instant now = Instant.parse("2024-05-01T12:00:00Z");
        assertEquals("2 minutes ago", HumanTime.ago(now.minusSeconds(150), now));
    }
}
