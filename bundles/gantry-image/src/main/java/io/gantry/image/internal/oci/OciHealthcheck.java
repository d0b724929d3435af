package io.gantry.image.internal.oci;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.gantry.api.container.health.HealthConfig;
import java.time.Duration;
import java.util.List;

/**
 * The Healthcheck object of a Docker image config (HEALTHCHECK), durations in nanoseconds. Values Docker would
 * refuse in a container's check (under 1ms, negative retries) are read as unset rather than failing the image.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"Test", "Interval", "Timeout", "StartPeriod", "Retries"})
public record OciHealthcheck(
        @JsonProperty("Test") List<String> test,
        @JsonProperty("Interval") Long interval,
        @JsonProperty("Timeout") Long timeout,
        @JsonProperty("StartPeriod") Long startPeriod,
        @JsonProperty("Retries") Integer retries) {

    static OciHealthcheck from(HealthConfig config) {
        return config == null ? null : new OciHealthcheck(config.test(), nanos(config.interval()),
                nanos(config.timeout()), nanos(config.startPeriod()), config.retries());
    }

    HealthConfig toHealthConfig() {
        return new HealthConfig(test, duration(interval), duration(timeout), duration(startPeriod),
                retries == null || retries < 0 ? null : retries);
    }

    private static Long nanos(Duration duration) {
        return duration == null ? null : duration.toNanos();
    }

    private static Duration duration(Long nanos) {
        return nanos == null || nanos < HealthConfig.MINIMUM_DURATION.toNanos() ? null : Duration.ofNanos(nanos);
    }
}
