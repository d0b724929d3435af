package io.gantry.api.volume;

import java.util.Map;

/**
 * What a new volume is asked to be, as {@code docker volume create --name --label --opt}.
 *
 * @param name a valid name ({@link VolumeNames}), or null for a generated one
 * @param options the driver's options; a driver refuses one it does not know, naming it
 */
public record VolumeSpec(String name, Map<String, String> labels, Map<String, String> options) {
    public VolumeSpec {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        options = options == null ? Map.of() : Map.copyOf(options);
    }

    public static VolumeSpec named(String name) {
        return new VolumeSpec(name, Map.of(), Map.of());
    }
}
