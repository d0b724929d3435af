package io.gantry.api.container;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Map;

/**
 * How a volume mount's volume is made and filled, as {@code --mount type=volume,volume-nocopy,volume-driver=,
 * volume-opt=,volume-label=}. The driver, options and labels apply only when the volume does not exist yet.
 *
 * @param noCopy do not fill a new, empty volume with the image's content at its mount point
 * @param driver the volume driver, null for the container's or the engine's default
 * @param driverOptions options for the driver, as {@code volume create -o}
 * @param labels labels of the new volume
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VolumeOptions(boolean noCopy, String driver, Map<String, String> driverOptions,
        Map<String, String> labels) {
    public static final VolumeOptions DEFAULT = new VolumeOptions(false, null, Map.of(), Map.of());

    public VolumeOptions {
        driverOptions = driverOptions == null ? Map.of() : Map.copyOf(driverOptions);
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }
}
