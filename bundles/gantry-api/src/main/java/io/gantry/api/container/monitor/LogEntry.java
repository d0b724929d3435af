package io.gantry.api.container.monitor;

import java.time.Instant;

/**
 * One record of a container's log.
 *
 * @param partial true when the process wrote no newline at the end of this piece
 */
public record LogEntry(Stream stream, Instant time, String text, boolean partial) {
    public enum Stream { STDOUT, STDERR }
}
