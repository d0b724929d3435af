package io.gantry.daemon.internal.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gantry.api.container.health.Health;
import io.gantry.api.container.health.HealthConfig;
import io.gantry.api.container.health.HealthResult;
import java.time.Duration;

/** Health checks in Docker's shapes: a Config's Healthcheck (nanoseconds, unset fields left out) and State.Health. */
public final class HealthJson {
    private HealthJson() {
    }

    /** Sets {@code Healthcheck} on a container's or an image's Config when there is one. */
    public static void putConfig(ObjectMapper json, ObjectNode config, HealthConfig check) {
        if (check == null) {
            return;
        }
        ObjectNode o = config.putObject("Healthcheck");
        if (!check.test().isEmpty()) {
            o.set("Test", json.valueToTree(check.test()));
        }
        putNanos(o, "Interval", check.interval());
        putNanos(o, "Timeout", check.timeout());
        putNanos(o, "StartPeriod", check.startPeriod());
        if (check.retries() != null) {
            o.put("Retries", check.retries());
        }
    }

    /** Sets {@code Health} on an inspect's State when the container has health. */
    public static void putState(ObjectNode state, Health health) {
        if (health == null) {
            return;
        }
        ObjectNode o = state.putObject("Health");
        o.put("Status", health.status().wireName()).put("FailingStreak", health.failingStreak());
        ArrayNode log = o.putArray("Log");
        for (HealthResult r : health.log()) {
            log.addObject().put("Start", Times.rfc3339(r.start())).put("End", Times.rfc3339(r.end()))
                    .put("ExitCode", r.exitCode()).put("Output", r.output());
        }
    }

    private static void putNanos(ObjectNode o, String field, Duration value) {
        if (value != null) {
            o.put(field, value.toNanos());
        }
    }
}
