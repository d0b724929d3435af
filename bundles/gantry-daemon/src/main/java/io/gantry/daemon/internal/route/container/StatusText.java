package io.gantry.daemon.internal.route.container;

import io.gantry.api.container.Container;
import java.time.Duration;
import java.time.Instant;

/** Docker's human status of a container: "Up 2 seconds (healthy)", "Exited (0) 3 minutes ago", "Created". */
final class StatusText {
    private StatusText() {
    }

    static String of(Container c, Instant now) {
        return switch (c.state()) {
            case RUNNING -> "Up " + human(c.startedAt(), now) + (c.health() == null ? ""
                    : " (" + c.health().statusText() + ")");
            case PAUSED -> "Up " + human(c.startedAt(), now) + " (Paused)";
            case RESTARTING -> "Restarting (" + code(c) + ") " + human(c.finishedAt(), now) + " ago";
            case EXITED -> "Exited (" + code(c) + ") " + human(c.finishedAt(), now) + " ago";
            case CREATED -> "Created";
            case REMOVING -> "Removal In Progress";
            case DEAD -> "Dead";
        };
    }

    static String human(Instant since, Instant now) {
        if (since == null) {
            return "Less than a second";
        }
        long s = Math.max(0, Duration.between(since, now).getSeconds());
        if (s < 1) {
            return "Less than a second";
        }
        if (s < 60) {
            return plural(s, "second");
        }
        if (s < 3600) {
            return plural(s / 60, "minute");
        }
        if (s < 48 * 3600) {
            return plural(s / 3600, "hour");
        }
        return plural(s / 86400, "day");
    }

    private static String plural(long n, String unit) {
        return n == 1 ? (unit.equals("hour") ? "About an hour" : "1 " + unit) : n + " " + unit + "s";
    }

    private static int code(Container c) {
        return c.exitCode() == null ? 0 : c.exitCode();
    }
}
