package io.gantry.api.container.health;

import java.util.Locale;

/** Docker's health states, with the same lower-case names on the wire. */
public enum HealthStatus {
    /** Probing, and no probe has passed since the container started. */
    STARTING,
    HEALTHY,
    UNHEALTHY;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
