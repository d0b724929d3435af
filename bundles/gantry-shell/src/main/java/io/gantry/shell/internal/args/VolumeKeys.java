package io.gantry.shell.internal.args;

import io.gantry.api.container.VolumeOptions;
import java.util.ArrayList;
import java.util.List;

/** Gathers the volume-* keys of one --mount value: volume-nocopy, volume-driver=, volume-opt=k=v, volume-label=k=v. */
final class VolumeKeys {
    private boolean given;
    private boolean noCopy;
    private String driver;
    private final List<String> driverOptions = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();

    /** Takes the field if its key is a volume-* one; false for any other key. */
    boolean take(String spec, String key, String value) {
        switch (key) {
            case "volume-nocopy" -> noCopy = MountSpecs.flag(spec, key, value);
            case "volume-driver" -> driver = MountSpecs.required(spec, key, value);
            case "volume-opt" -> driverOptions.add(MountSpecs.required(spec, key, value));
            case "volume-label" -> labels.add(MountSpecs.required(spec, key, value));
            default -> {
                return false;
            }
        }
        given = true;
        return true;
    }

    /** The options of the mount's volume; null when no volume-* key was given. */
    VolumeOptions options() {
        return given ? new VolumeOptions(noCopy, driver, KeyValues.parse("volume-opt", driverOptions),
                KeyValues.parse("volume-label", labels)) : null;
    }
}
