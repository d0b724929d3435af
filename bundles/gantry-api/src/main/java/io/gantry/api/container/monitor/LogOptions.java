package io.gantry.api.container.monitor;

import java.time.Instant;

/**
 * Which log records to read.
 *
 * @param follow keep reading until the container stops
 * @param tail only the last n records, or null for all
 * @param since records at or after this time, or null
 * @param until records before this time, or null
 */
public record LogOptions(boolean follow, boolean stdout, boolean stderr, Integer tail, Instant since,
        Instant until) {
    public static final LogOptions ALL = new LogOptions(false, true, true, null, null, null);
    public static final LogOptions FOLLOW = new LogOptions(true, true, true, null, null, null);
}
