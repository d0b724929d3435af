package io.gantry.daemon.internal.route.container.body;

import com.fasterxml.jackson.databind.JsonNode;
import io.gantry.api.container.health.HealthConfig;
import io.gantry.daemon.internal.json.BodySchema;
import io.gantry.daemon.internal.json.JsonFields;
import io.gantry.daemon.internal.json.JsonKind;
import java.time.Duration;

/**
 * The Healthcheck object of a create or commit body, durations in nanoseconds, 0 for the image's value. StartInterval
 * (API 1.44) is not in API 1.41 and is ignored, as dockerd 20.10 ignores it.
 */
public final class HealthcheckBody {
    public static final BodySchema SCHEMA = new BodySchema().with(JsonKind.STRINGS, "Test")
            .with(JsonKind.INTEGER, "Interval", "Timeout", "StartPeriod", "StartInterval", "Retries");

    private HealthcheckBody() {
    }

    /** @return null when the body has none, so that the image's applies */
    public static HealthConfig read(JsonNode body) {
        JsonNode given = body.get("Healthcheck");
        if (given == null || given.isNull()) {
            return null;
        }
        return new HealthConfig(JsonFields.strings(given, "Test"), duration(given, "Interval"),
                duration(given, "Timeout"), duration(given, "StartPeriod"), JsonFields.integer(given, "Retries"));
    }

    private static Duration duration(JsonNode healthcheck, String field) {
        Long nanos = JsonFields.positiveOrNull(healthcheck, field);
        return nanos == null ? null : Duration.ofNanos(nanos);
    }
}
