package io.gantry.layer;

import io.gantry.api.InvalidArgumentException;
import java.util.regex.Pattern;

/** Validates layer and container ids and turns them into directory names that cannot play path games. */
public final class StorageIds {
    private static final Pattern LAYER_ID = Pattern.compile("[a-z0-9:-]+");
    private static final Pattern CONTAINER_ID = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]{0,127}");

    private StorageIds() {
    }

    /** "sha256:abc" becomes "sha256-abc". */
    public static String layerDirectory(String layerId) {
        if (layerId == null || !LAYER_ID.matcher(layerId).matches()) {
            throw new InvalidArgumentException("invalid layer id '" + layerId + "': must match [a-z0-9:-]+");
        }
        return layerId.replace(':', '-');
    }

    public static String containerDirectory(String containerId) {
        if (containerId == null || !CONTAINER_ID.matcher(containerId).matches()) {
            throw new InvalidArgumentException("invalid container id '" + containerId
                    + "': must be 1 to 128 of [a-zA-Z0-9_.-], starting with a letter or digit");
        }
        return containerId;
    }
}
