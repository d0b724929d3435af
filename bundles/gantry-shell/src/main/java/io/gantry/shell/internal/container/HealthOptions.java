package io.gantry.shell.internal.container;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.health.HealthConfig;
import io.gantry.shell.internal.args.GoDurations;
import java.time.Duration;
import java.util.List;
import org.apache.karaf.shell.api.action.Option;

/** The health check options of container:create and container:run, read as the docker CLI reads them. */
abstract class HealthOptions extends HostOptions {
    @Option(name = "--health-cmd", description = "Command to run to check health, with /bin/sh -c")
    String healthCmd;
    @Option(name = "--health-interval", description = "Time between running the check (ms|s|m|h), default 30s")
    String healthInterval;
    @Option(name = "--health-timeout", description = "Maximum time to allow one check to run (ms|s|m|h), default 30s")
    String healthTimeout;
    @Option(name = "--health-retries", description = "Consecutive failures needed to report unhealthy, default 3")
    Integer healthRetries;
    @Option(name = "--health-start-period", description = "Start period for the container to initialize before"
            + " failures count towards the retries (ms|s|m|h), default 0s")
    String healthStartPeriod;
    @Option(name = "--no-healthcheck", description = "Disable any container-specified HEALTHCHECK")
    boolean noHealthcheck;

    /** @return null when no option is given, so that the image's check applies */
    HealthConfig healthcheck() {
        Duration interval = duration("--health-interval", healthInterval);
        Duration timeout = duration("--health-timeout", healthTimeout);
        Duration startPeriod = duration("--health-start-period", healthStartPeriod);
        boolean anySetting = healthCmd != null && !healthCmd.isEmpty() || interval != null || timeout != null
                || startPeriod != null || healthRetries != null && healthRetries != 0;
        if (noHealthcheck) {
            if (anySetting) {
                throw new InvalidArgumentException("--no-healthcheck conflicts with --health-* options");
            }
            return HealthConfig.none();
        }
        if (!anySetting) {
            return null;
        }
        if (healthRetries != null && healthRetries < 0) {
            throw new InvalidArgumentException("--health-retries cannot be negative");
        }
        List<String> test = healthCmd == null || healthCmd.isEmpty() ? List.of() : HealthConfig.shellTest(healthCmd);
        return new HealthConfig(test, interval, timeout, startPeriod, healthRetries);
    }

    private static Duration duration(String option, String value) {
        if (value == null) {
            return null;
        }
        Duration duration = GoDurations.parse(option, value);
        if (duration.isNegative()) {
            throw new InvalidArgumentException(option + " cannot be negative");
        }
        return duration.isZero() ? null : duration;
    }
}
