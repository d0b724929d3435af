package io.gantry.api.container.health;

import java.util.List;

/**
 * A container's health, as inspect's State.Health shows it; a container has one once it has started with a
 * health check.
 *
 * @param failingStreak probes failed in a row (failures in the start period do not count)
 * @param log the last {@link #MAX_LOG} results, oldest first
 */
public record Health(HealthStatus status, int failingStreak, List<HealthResult> log) {
    /** Docker keeps this many results. */
    public static final int MAX_LOG = 5;

    public Health {
        status = status == null ? HealthStatus.UNHEALTHY : status;
        log = log == null ? List.of() : List.copyOf(log);
    }

    /** The part of ps's status: "healthy", "unhealthy" or "health: starting". */
    public String statusText() {
        return status == HealthStatus.STARTING ? "health: starting" : status.wireName();
    }
}
