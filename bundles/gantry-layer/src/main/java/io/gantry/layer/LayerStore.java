package io.gantry.layer;

import io.gantry.api.ConflictException;
import io.gantry.api.GantryException;
import io.gantry.api.NotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The layers of a storage driver, one directory each under {@code directory}, named after the layer id and
 * holding the files {@code id} and {@code parent} next to whatever the driver keeps there. A layer appears
 * atomically and cannot be removed while a child layer is stored or being applied on it.
 */
public final class LayerStore {
    private static final String ID_FILE = "id";
    private static final String PARENT_FILE = "parent";

    private final Path directory;
    private final Map<String, Integer> parentsInUse = new HashMap<>();

    public LayerStore(Path directory) {
        this.directory = directory;
    }

    /** The layer's directory, whether or not it exists; rejects ids that are not [a-z0-9:-]+. */
    public Path path(String layerId) {
        return directory.resolve(StorageIds.layerDirectory(layerId));
    }

    public synchronized boolean has(String layerId) {
        return Files.isDirectory(path(layerId), LinkOption.NOFOLLOW_LINKS);
    }

    /** The directory of a stored layer. */
    public synchronized Path require(String layerId) {
        if (!has(layerId)) {
            throw new NotFoundException("layer " + layerId + " not found");
        }
        return path(layerId);
    }

    public synchronized Set<String> ids() {
        return StoredIds.read(directory, ID_FILE);
    }

    public synchronized Optional<String> parent(String layerId) {
        String parent = StoredIds.readFile(require(layerId).resolve(PARENT_FILE));
        return parent.isEmpty() ? Optional.empty() : Optional.of(parent);
    }

    /** Creates the layer atomically: {@code content} fills its directory, which appears only when complete. */
    public void create(String layerId, String parentId, DirectoryContent content) {
        Path target = path(layerId);
        reserve(layerId, parentId);
        try {
            StagedDirectory.create(target, temp -> {
                content.writeInto(temp);
                Files.writeString(temp.resolve(ID_FILE), layerId);
                Files.writeString(temp.resolve(PARENT_FILE), parentId == null ? "" : parentId);
            }, temp -> {
                synchronized (this) {
                    StagedDirectory.rename(temp, target);
                }
            });
        } finally {
            release(parentId);
        }
    }

    /** Deletes a layer that no stored layer has as its parent. */
    public synchronized void remove(String layerId) {
        Path layer = require(layerId);
        if (parentsInUse.containsKey(layerId)) {
            throw new ConflictException("layer " + layerId + " is in use: a layer is being applied on it");
        }
        for (String other : ids()) {
            if (parent(other).filter(layerId::equals).isPresent()) {
                throw new ConflictException("layer " + layerId + " is in use: it is the parent of layer " + other);
            }
        }
        try {
            FileTrees.delete(layer);
        } catch (IOException e) {
            throw new GantryException("cannot delete layer " + layerId + ": " + e.getMessage(), e);
        }
    }

    private synchronized void reserve(String layerId, String parentId) {
        if (has(layerId)) {
            throw new ConflictException("layer " + layerId + " already exists");
        }
        if (parentId != null) {
            require(parentId);
            parentsInUse.merge(parentId, 1, Integer::sum);
        }
    }

    private synchronized void release(String parentId) {
        if (parentId != null) {
            parentsInUse.computeIfPresent(parentId, (id, count) -> count == 1 ? null : count - 1);
        }
    }
}
