package io.gantry.storage.vfs.internal;

import io.gantry.api.ConflictException;
import io.gantry.api.NotFoundException;
import io.gantry.layer.ContainerDirs;
import java.util.List;

/** Checks that a container has its writable layer here, on the layers the caller names. */
final class ContainerLayers {
    private ContainerLayers() {
    }

    static void check(ContainerDirs containers, String containerId, List<String> layerIds, String driver) {
        List<String> stored = containers.layers(containerId).orElseThrow(() -> new NotFoundException("container "
                + containerId + " has no writable layer in " + driver + " storage"));
        if (!stored.equals(layerIds)) {
            throw new ConflictException("container " + containerId + " has its writable layer on " + stored
                    + ", not on " + layerIds);
        }
    }
}
