package io.gantry.api.container.health;

import io.gantry.api.InvalidArgumentException;
import java.time.Duration;
import java.util.List;

/**
 * A health check, as {@code --health-*} and the image's HEALTHCHECK give it. Unset fields (null; zero is read as
 * unset, as Docker does) take the image's value, then Docker's default.
 *
 * @param test empty: the image's; {@code ["NONE"]}: no check; {@code ["CMD", arg...]}: run the arguments;
 *         {@code ["CMD-SHELL", command]}: run the command with /bin/sh -c
 * @param interval time between the end of a probe and the start of the next, and before the first
 * @param timeout a probe still running after it is killed and counts as failed
 * @param startPeriod failures in this time after the start do not count towards the retries
 * @param retries failures in a row that make the container unhealthy
 */
public record HealthConfig(List<String> test, Duration interval, Duration timeout, Duration startPeriod,
        Integer retries) {
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(30);
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_START_PERIOD = Duration.ZERO;
    public static final int DEFAULT_RETRIES = 3;
    /** The shortest interval, timeout and start period Docker accepts. */
    public static final Duration MINIMUM_DURATION = Duration.ofMillis(1);

    /** @throws InvalidArgumentException with Docker's words for a duration under 1ms or negative retries */
    public HealthConfig {
        test = test == null ? List.of() : List.copyOf(test);
        interval = checked("Interval", interval);
        timeout = checked("Timeout", timeout);
        startPeriod = checked("StartPeriod", startPeriod);
        if (retries != null && retries < 0) {
            throw new InvalidArgumentException("Retries in Healthcheck cannot be negative");
        }
        retries = retries == null || retries == 0 ? null : retries;
    }

    /** {@code --no-healthcheck}, or HEALTHCHECK NONE: no probes, whatever the image says. */
    public static HealthConfig none() {
        return new HealthConfig(List.of("NONE"), null, null, null, null);
    }

    /**
     * Docker's merge at create: no container check takes the image's; otherwise each unset field of the
     * container's takes the image's.
     */
    public static HealthConfig merge(HealthConfig container, HealthConfig image) {
        if (container == null || image == null) {
            return container == null ? image : container;
        }
        return new HealthConfig(container.test.isEmpty() ? image.test : container.test,
                or(container.interval, image.interval), or(container.timeout, image.timeout),
                or(container.startPeriod, image.startPeriod), or(container.retries, image.retries));
    }

    /**
     * The process a probe runs, or an empty list when this check probes nothing (no test, NONE, a type other
     * than CMD and CMD-SHELL, or no command).
     */
    public List<String> probeCommand() {
        if (test.size() < 2) {
            return List.of();
        }
        List<String> args = test.subList(1, test.size());
        return switch (test.get(0)) {
            case "CMD" -> args;
            case "CMD-SHELL" -> List.of("/bin/sh", "-c", String.join(" ", args));
            default -> List.of();
        };
    }

    public Duration intervalOrDefault() {
        return or(interval, DEFAULT_INTERVAL);
    }

    public Duration timeoutOrDefault() {
        return or(timeout, DEFAULT_TIMEOUT);
    }

    public Duration startPeriodOrDefault() {
        return or(startPeriod, DEFAULT_START_PERIOD);
    }

    public int retriesOrDefault() {
        return or(retries, DEFAULT_RETRIES);
    }

    /** The test of {@code --health-cmd}: CMD-SHELL with the command as one string. */
    public static List<String> shellTest(String command) {
        return List.of("CMD-SHELL", command);
    }

    private static Duration checked(String field, Duration value) {
        if (value == null || value.isZero()) {
            return null;
        }
        if (value.compareTo(MINIMUM_DURATION) < 0) {
            throw new InvalidArgumentException(field + " in Healthcheck cannot be less than 1ms");
        }
        return value;
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
