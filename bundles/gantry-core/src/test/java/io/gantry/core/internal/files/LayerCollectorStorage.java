package io.gantry.core.internal.files;

import io.gantry.api.ConflictException;
import io.gantry.api.NotFoundException;
import io.gantry.api.storage.StorageDriver;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A storage driver of layer names with parents, refusing to remove a parent or a layer a container sits on. */
final class LayerCollectorStorage implements StorageDriver {
    final Map<String, String> parents = new ConcurrentHashMap<>();
    final Map<String, List<String>> containers = new ConcurrentHashMap<>();
    final List<String> removed = new ArrayList<>();

    @Override
    public String name() {
        return "layered";
    }

    @Override
    public boolean isSupported() {
        return true;
    }

    @Override
    public boolean hasLayer(String layerId) {
        return parents.containsKey(layerId);
    }

    @Override
    public void applyLayer(String layerId, String parentLayerId, InputStream tar) {
        parents.put(layerId, parentLayerId == null ? "" : parentLayerId);
    }

    @Override
    public synchronized void removeLayer(String layerId) {
        if (!parents.containsKey(layerId)) {
            throw new NotFoundException("layer " + layerId + " not found");
        }
        if (parents.containsValue(layerId)) {
            throw new ConflictException("layer " + layerId + " is the parent of another layer");
        }
        if (containers.values().stream().anyMatch(layers -> layers.contains(layerId))) {
            throw new ConflictException("layer " + layerId + " is in use by a container");
        }
        parents.remove(layerId);
        removed.add(layerId);
    }

    @Override
    public Set<String> layers() {
        return Set.copyOf(parents.keySet());
    }

    @Override
    public Path mount(String containerId, List<String> layerIds) {
        containers.put(containerId, layerIds);
        return Path.of("/nonexistent", containerId);
    }

    @Override
    public void unmount(String containerId) {
    }

    @Override
    public void remove(String containerId) {
        containers.remove(containerId);
    }

    @Override
    public Set<String> containers() {
        return Set.copyOf(containers.keySet());
    }
}
