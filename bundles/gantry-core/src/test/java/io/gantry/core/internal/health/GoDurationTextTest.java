package io.gantry.core.internal.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class GoDurationTextTest {
    @Test
    void printsAsGoPrintsATimeDuration() {
        assertEquals("0s", GoDurationText.of(Duration.ZERO));
        assertEquals("300ms", GoDurationText.of(Duration.ofMillis(300)));
        assertEquals("1.5ms", GoDurationText.of(Duration.ofNanos(1_500_000)));
        assertEquals("2µs", GoDurationText.of(Duration.ofNanos(2_000)));
        assertEquals("7ns", GoDurationText.of(Duration.ofNanos(7)));
        assertEquals("1s", GoDurationText.of(Duration.ofSeconds(1)));
        assertEquals("1.25s", GoDurationText.of(Duration.ofMillis(1250)));
        assertEquals("30s", GoDurationText.of(Duration.ofSeconds(30)));
        assertEquals("1m0s", GoDurationText.of(Duration.ofMinutes(1)));
        assertEquals("1m30s", GoDurationText.of(Duration.ofSeconds(90)));
        assertEquals("1h0m0s", GoDurationText.of(Duration.ofHours(1)));
        assertEquals("2h3m4.5s", GoDurationText.of(Duration.ofMillis(7_384_500)));
    }
}
