package io.gantry.core.internal.health;

import io.gantry.api.container.health.Health;
import io.gantry.api.container.health.HealthConfig;
import io.gantry.api.container.health.HealthResult;
import io.gantry.api.container.health.HealthStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Docker's health state machine; the lifecycle and the probes apply it to a record under its handle's lock. */
public final class HealthRules {
    private HealthRules() {
    }

    /** Whether the check runs probes at all: a command of CMD or CMD-SHELL, not NONE nor the lack of one. */
    public static boolean probes(HealthConfig check) {
        return check != null && !check.probeCommand().isEmpty();
    }

    /** At each start of a container that probes: starting again, no failures yet, the earlier results kept. */
    public static Health started(HealthConfig check, Health previous) {
        if (!probes(check)) {
            return previous;
        }
        return new Health(HealthStatus.STARTING, 0, previous == null ? List.of() : previous.log());
    }

    /** Probing stopped (the container exited or was paused): unhealthy, as Docker marks it. */
    public static Health stopped(Health current) {
        return current == null ? null : new Health(HealthStatus.UNHEALTHY, current.failingStreak(), current.log());
    }

    /**
     * After a probe: a pass makes it healthy; a failure counts towards the retries, except while it is still
     * starting within the start period.
     */
    static Health afterProbe(Health current, HealthResult result, HealthConfig check, Instant startedAt) {
        Health health = current == null ? new Health(HealthStatus.STARTING, 0, List.of()) : current;
        List<HealthResult> log = new ArrayList<>(health.log());
        log.add(result);
        List<HealthResult> kept = log.subList(Math.max(0, log.size() - Health.MAX_LOG), log.size());
        if (result.exitCode() == 0) {
            return new Health(HealthStatus.HEALTHY, 0, kept);
        }
        boolean inStartPeriod = health.status() == HealthStatus.STARTING && startedAt != null
                && Duration.between(startedAt, result.start()).compareTo(check.startPeriodOrDefault()) < 0;
        if (inStartPeriod) {
            return new Health(health.status(), health.failingStreak(), kept);
        }
        int streak = health.failingStreak() + 1;
        HealthStatus status = streak >= check.retriesOrDefault() ? HealthStatus.UNHEALTHY : health.status();
        return new Health(status, streak, kept);
    }
}
