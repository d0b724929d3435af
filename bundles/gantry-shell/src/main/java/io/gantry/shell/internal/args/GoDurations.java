package io.gantry.shell.internal.args;

import java.time.Duration;

/** The docker CLI's duration flags, read by the API's {@link io.gantry.api.config.GoDurations}. */
public final class GoDurations {
    private GoDurations() {
    }

    public static boolean matches(String value) {
        return io.gantry.api.config.GoDurations.matches(value);
    }

    public static Duration parse(String option, String value) {
        return io.gantry.api.config.GoDurations.parse(option, value);
    }
}
