package io.gantry.layer;

import io.gantry.api.ConflictException;
import io.gantry.api.GantryException;
import io.gantry.api.NotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The containers of a storage driver, one directory each under {@code directory}, named by the container id
 * and holding the file {@code layers} (the layer ids it stands on, base first) next to the driver's files.
 */
public final class ContainerDirs {
    private static final String ID_FILE = "id";
    private static final String LAYERS_FILE = "layers";

    private final Path directory;

    public ContainerDirs(Path directory) {
        this.directory = directory;
    }

    /** The container's directory, whether or not it exists; rejects ids that could play path games. */
    public Path path(String containerId) {
        return directory.resolve(StorageIds.containerDirectory(containerId));
    }

    public synchronized Set<String> ids() {
        return StoredIds.read(directory, ID_FILE);
    }

    /** The layers the container stands on, if it has a directory here. */
    public synchronized Optional<List<String>> layers(String containerId) {
        Path container = path(containerId);
        if (!Files.isDirectory(container, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        return Optional.of(StoredIds.readFile(container.resolve(LAYERS_FILE)).lines().toList());
    }

    /** A container standing on {@code layerId}, if any. */
    public synchronized Optional<String> userOf(String layerId) {
        return ids().stream().filter(id -> layers(id).orElse(List.of()).contains(layerId)).findFirst();
    }

    /**
     * Creates the container's directory atomically, filled by {@code content}, unless it exists on the same
     * layers already. Returns whether it was created.
     *
     * @throws ConflictException if the container exists on other layers
     */
    public synchronized boolean create(String containerId, List<String> layerIds, DirectoryContent content) {
        Optional<List<String>> existing = layers(containerId);
        if (existing.isPresent()) {
            if (!existing.get().equals(layerIds)) {
                throw new ConflictException("container " + containerId + " already has a writable layer on "
                        + existing.get() + ", not on " + layerIds);
            }
            return false;
        }
        Path target = path(containerId);
        StagedDirectory.create(target, temp -> {
            content.writeInto(temp);
            Files.writeString(temp.resolve(ID_FILE), containerId);
            Files.write(temp.resolve(LAYERS_FILE), layerIds);
        }, temp -> StagedDirectory.rename(temp, target));
        return true;
    }

    /** Deletes the container's directory; nothing there is fine. */
    public synchronized void delete(String containerId) {
        try {
            FileTrees.delete(path(containerId));
        } catch (IOException e) {
            throw new GantryException("cannot delete the files of container " + containerId + ": " + e.getMessage(), e);
        }
    }

    /** Checks that the container has its writable layer here, on the layers the caller names. */
    public void requireOn(String containerId, List<String> layerIds, String driver) {
        List<String> stored = layers(containerId).orElseThrow(() -> new NotFoundException("container "
                + containerId + " has no writable layer in " + driver + " storage"));
        if (!stored.equals(layerIds)) {
            throw new ConflictException("container " + containerId + " has its writable layer on " + stored
                    + ", not on " + layerIds);
        }
    }
}
