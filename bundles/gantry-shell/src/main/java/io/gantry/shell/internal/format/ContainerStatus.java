package io.gantry.shell.internal.format;

import io.gantry.api.container.Container;
import java.time.Duration;
import java.time.Instant;

/** The STATUS column of container:ps: "Up 3 seconds (healthy)", "Exited (0) 5 seconds ago", "Created". */
public final class ContainerStatus {
    private ContainerStatus() {
    }

    public static String of(Container c, Instant now) {
        return switch (c.state()) {
            case CREATED -> "Created";
            case RUNNING -> up(c, now) + (c.health() == null ? "" : " (" + c.health().statusText() + ")");
            case PAUSED -> up(c, now) + " (Paused)";
            case RESTARTING -> "Restarting (" + exitCode(c) + ")" + since(c.finishedAt(), now);
            case EXITED -> "Exited (" + exitCode(c) + ")" + since(c.finishedAt(), now);
            case REMOVING -> "Removal In Progress";
            case DEAD -> "Dead";
        };
    }

    private static String up(Container c, Instant now) {
        return c.startedAt() == null ? "Up" : "Up " + HumanTime.duration(Duration.between(c.startedAt(), now));
    }

    private static String since(Instant then, Instant now) {
        return then == null ? "" : " " + HumanTime.ago(then, now);
    }

    private static String exitCode(Container c) {
        return c.exitCode() == null ? "?" : c.exitCode().toString();
    }
}
