package io.gantry.shell.internal.volume;

import io.gantry.api.volume.Volume;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;

/** A volume with the fields and keys of {@code docker volume inspect}; the time in seconds, as RFC 3339. */
final class VolumeJson {
    private VolumeJson() {
    }

    static Map<String, Object> of(Volume volume) {
        Map<String, Object> json = new TreeMap<>();
        json.put("CreatedAt", volume.createdAt() == null ? ""
                : DateTimeFormatter.ISO_INSTANT.format(volume.createdAt().truncatedTo(ChronoUnit.SECONDS)));
        json.put("Driver", volume.driver());
        json.put("Labels", volume.labels());
        json.put("Mountpoint", volume.mountpoint());
        json.put("Name", volume.name());
        json.put("Options", volume.options());
        json.put("Scope", volume.scope());
        return json;
    }
}
