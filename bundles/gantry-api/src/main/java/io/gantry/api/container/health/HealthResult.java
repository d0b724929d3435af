package io.gantry.api.container.health;

import java.time.Instant;

/**
 * One probe's outcome, as Docker logs it.
 *
 * @param exitCode 0 passed; -1 when the probe could not run or exceeded its timeout
 * @param output what the probe wrote to stdout and stderr, at most {@link #MAX_OUTPUT} bytes then "..."
 */
public record HealthResult(Instant start, Instant end, int exitCode, String output) {
    /** Docker's limit on the output kept of one probe, in bytes. */
    public static final int MAX_OUTPUT = 4096;

    public HealthResult {
        output = output == null ? "" : output;
    }
}
