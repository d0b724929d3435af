package io.gantry.core.internal.health;

import io.gantry.api.container.health.HealthResult;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** A probe's stdout and stderr, as Docker keeps them: the first 4096 bytes, then "..." if more came. */
final class ProbeOutput {
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private boolean truncated;

    synchronized void write(byte[] data) {
        int room = HealthResult.MAX_OUTPUT - kept.size();
        kept.write(data, 0, Math.min(room, data.length));
        truncated |= data.length > room;
    }

    synchronized String text() {
        return kept.toString(StandardCharsets.UTF_8) + (truncated ? "..." : "");
    }
}
