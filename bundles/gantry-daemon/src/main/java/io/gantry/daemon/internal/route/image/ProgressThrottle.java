package io.gantry.daemon.internal.route.image;

import java.util.HashMap;
import java.util.Map;

/** Lets through one byte-count update per blob every 100 ms, and always the last one. */
final class ProgressThrottle {
    private static final long INTERVAL_NANOS = 100_000_000L;

    private final Map<String, Long> lastSent = new HashMap<>();

    synchronized boolean shouldSend(String id, long bytes, long total) {
        long now = System.nanoTime();
        Long last = lastSent.get(id);
        if (last != null && now - last < INTERVAL_NANOS && bytes != total) {
            return false;
        }
        lastSent.put(id, now);
        return true;
    }
}
