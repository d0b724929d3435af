package io.gantry.api.container.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gantry.api.InvalidArgumentException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class HealthConfigTest {
    private static final HealthConfig IMAGE = new HealthConfig(List.of("CMD", "pg_isready"), Duration.ofSeconds(5),
            Duration.ofSeconds(3), Duration.ofSeconds(30), 4);

    @Test
    void zeroIsUnsetAndTheDefaultsAreDockers() {
        HealthConfig unset = new HealthConfig(null, Duration.ZERO, null, Duration.ZERO, 0);
        assertEquals(new HealthConfig(List.of(), null, null, null, null), unset);
        assertEquals(Duration.ofSeconds(30), unset.intervalOrDefault());
        assertEquals(Duration.ofSeconds(30), unset.timeoutOrDefault());
        assertEquals(Duration.ZERO, unset.startPeriodOrDefault());
        assertEquals(3, unset.retriesOrDefault());
    }

    @Test
    void durationsUnder1msAndNegativeRetriesAreRefusedInDockersWords() {
        assertEquals("Interval in Healthcheck cannot be less than 1ms",
                refused(Duration.ofNanos(999_999), null, null, null));
        assertEquals("Timeout in Healthcheck cannot be less than 1ms",
                refused(null, Duration.ofSeconds(-1), null, null));
        assertEquals("StartPeriod in Healthcheck cannot be less than 1ms",
                refused(null, null, Duration.ofNanos(1), null));
        assertEquals("Retries in Healthcheck cannot be negative", refused(null, null, null, -1));
        assertEquals(Duration.ofMillis(1), new HealthConfig(null, Duration.ofMillis(1), null, null, null).interval());
    }

    @Test
    void theProbeCommandOfEachTestForm() {
        assertEquals(List.of("pg_isready"), IMAGE.probeCommand());
        assertEquals(List.of("/bin/sh", "-c", "curl -f localhost || exit 1"),
                new HealthConfig(HealthConfig.shellTest("curl -f localhost || exit 1"), null, null, null, null)
                        .probeCommand());
        assertEquals(List.of(), HealthConfig.none().probeCommand());
        assertEquals(List.of(), new HealthConfig(List.of(), null, null, null, null).probeCommand());
        assertEquals(List.of(), new HealthConfig(List.of("CMD-SHELL"), null, null, null, null).probeCommand());
        assertEquals(List.of(), new HealthConfig(List.of("HTTP", "/"), null, null, null, null).probeCommand());
    }

    @Test
    void mergeFillsTheContainersUnsetFieldsFromTheImages() {
        assertSame(IMAGE, HealthConfig.merge(null, IMAGE));
        HealthConfig container = new HealthConfig(List.of(), Duration.ofSeconds(1), null, null, 2);
        assertEquals(new HealthConfig(List.of("CMD", "pg_isready"), Duration.ofSeconds(1), Duration.ofSeconds(3),
                Duration.ofSeconds(30), 2), HealthConfig.merge(container, IMAGE));
        assertEquals(List.of("NONE"), HealthConfig.merge(HealthConfig.none(), IMAGE).test(), "NONE stays NONE");
        assertSame(container, HealthConfig.merge(container, null));
        assertNull(HealthConfig.merge(null, null));
    }

    @Test
    void psShowsTheStatusAsDockerDoes() {
        assertEquals("health: starting", new Health(HealthStatus.STARTING, 0, null).statusText());
        assertEquals("healthy", new Health(HealthStatus.HEALTHY, 0, null).statusText());
        assertEquals("unhealthy", new Health(HealthStatus.UNHEALTHY, 3, null).statusText());
        assertEquals(List.of(), new Health(null, 0, null).log());
    }

    private static String refused(Duration interval, Duration timeout, Duration startPeriod, Integer retries) {
        return assertThrows(InvalidArgumentException.class,
                () -> new HealthConfig(List.of("CMD", "true"), interval, timeout, startPeriod, retries)).getMessage();
    }
}
