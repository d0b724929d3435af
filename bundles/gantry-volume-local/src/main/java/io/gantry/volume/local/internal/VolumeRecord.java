package io.gantry.volume.local.internal;

import io.gantry.api.volume.Volume;
import io.gantry.api.volume.VolumeSpec;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/** What {@code opts.json} beside a volume's data holds: what the volume was created with, and when (ISO-8601). */
record VolumeRecord(String createdAt, Map<String, String> labels, Map<String, String> options) {
    VolumeRecord {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        options = options == null ? Map.of() : Map.copyOf(options);
    }

    /** Seconds, as Docker shows a volume's CreatedAt. */
    static VolumeRecord of(VolumeSpec spec) {
        return new VolumeRecord(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), spec.labels(),
                spec.options());
    }

    Volume toVolume(String name, String driver, Path data) {
        return new Volume(name, driver, data.toString(), Instant.parse(createdAt), labels, options, "local");
    }
}
