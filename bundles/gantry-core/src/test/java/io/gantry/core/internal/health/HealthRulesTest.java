package io.gantry.core.internal.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.container.health.Health;
import io.gantry.api.container.health.HealthConfig;
import io.gantry.api.container.health.HealthResult;
import io.gantry.api.container.health.HealthStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HealthRulesTest {
    private static final Instant STARTED = Instant.parse("2024-05-01T10:00:00Z");
    private static final HealthConfig CHECK = new HealthConfig(HealthConfig.shellTest("true"), null, null,
            Duration.ofSeconds(10), 2);

    private static HealthResult result(int exitCode, long secondsAfterStart) {
        Instant start = STARTED.plusSeconds(secondsAfterStart);
        return new HealthResult(start, start.plusMillis(5), exitCode, "out" + secondsAfterStart);
    }

    private static Health apply(Health health, HealthResult... results) {
        Health current = health;
        for (HealthResult r : results) {
            current = HealthRules.afterProbe(current, r, CHECK, STARTED);
        }
        return current;
    }

    @Test
    void onlyCmdAndCmdShellWithACommandProbe() {
        assertTrue(HealthRules.probes(CHECK));
        assertTrue(HealthRules.probes(new HealthConfig(List.of("CMD", "true"), null, null, null, null)));
        assertFalse(HealthRules.probes(null));
        assertFalse(HealthRules.probes(HealthConfig.none()));
        assertFalse(HealthRules.probes(new HealthConfig(List.of(), null, null, null, null)));
        assertFalse(HealthRules.probes(new HealthConfig(List.of("CMD"), null, null, null, null)));
        assertFalse(HealthRules.probes(new HealthConfig(List.of("HTTP", "/"), null, null, null, null)));
    }

    @Test
    void aStartResetsStatusAndStreakButKeepsTheLog() {
        Health before = new Health(HealthStatus.UNHEALTHY, 4, List.of(result(1, 1)));
        assertEquals(new Health(HealthStatus.STARTING, 0, before.log()), HealthRules.started(CHECK, before));
        assertEquals(new Health(HealthStatus.STARTING, 0, List.of()), HealthRules.started(CHECK, null));
        assertSame(before, HealthRules.started(HealthConfig.none(), before), "no probes: left as it is");
        assertNull(HealthRules.started(null, null));
    }

    @Test
    void stoppingMakesItUnhealthy() {
        Health healthy = new Health(HealthStatus.HEALTHY, 0, List.of(result(0, 20)));
        assertEquals(new Health(HealthStatus.UNHEALTHY, 0, healthy.log()), HealthRules.stopped(healthy));
        assertNull(HealthRules.stopped(null));
    }

    @Test
    void failuresInTheStartPeriodDoNotCountWhileStarting() {
        Health early = apply(null, result(1, 1), result(1, 9));
        assertEquals(HealthStatus.STARTING, early.status());
        assertEquals(0, early.failingStreak());
        Health one = apply(early, result(1, 10));
        assertEquals(new Health(HealthStatus.STARTING, 1, one.log()), one, "a failure after the period counts");
        assertEquals(HealthStatus.UNHEALTHY, apply(one, result(1, 11)).status(), "the second makes two retries");
    }

    @Test
    void onceHealthyTheStartPeriodNoLongerShieldsFailures() {
        Health healthy = apply(null, result(0, 1));
        assertEquals(new Health(HealthStatus.HEALTHY, 0, List.of(result(0, 1))), healthy);
        Health failing = apply(healthy, result(1, 2));
        assertEquals(HealthStatus.HEALTHY, failing.status(), "one failure is below the retries");
        assertEquals(1, failing.failingStreak());
        Health unhealthy = apply(failing, result(1, 3));
        assertEquals(HealthStatus.UNHEALTHY, unhealthy.status());
        assertEquals(new Health(HealthStatus.HEALTHY, 0, apply(unhealthy, result(0, 4)).log()),
                apply(unhealthy, result(0, 4)), "a pass makes it healthy again at once");
    }

    @Test
    void theLogKeepsTheLastFive() {
        Health health = apply(null, result(0, 1), result(0, 2), result(0, 3), result(0, 4), result(0, 5),
                result(0, 6), result(0, 7));
        assertEquals(List.of(result(0, 3), result(0, 4), result(0, 5), result(0, 6), result(0, 7)), health.log());
    }

    @Test
    void theDefaultsAreDockers() {
        HealthConfig defaults = new HealthConfig(HealthConfig.shellTest("false"), null, null, null, null);
        Health health = null;
        for (int i = 0; i < 2; i++) {
            health = HealthRules.afterProbe(health, result(1, i), defaults, STARTED);
        }
        assertEquals(HealthStatus.STARTING, health.status(), "two failures are below 3 retries; no start period");
        assertEquals(2, health.failingStreak());
        assertEquals(HealthStatus.UNHEALTHY, HealthRules.afterProbe(health, result(1, 2), defaults, STARTED).status());
    }
}
