package io.gantry.storage.overlay.internal;

import io.gantry.api.ConflictException;
import io.gantry.api.GantryException;
import io.gantry.api.config.EngineRoots;
import io.gantry.api.container.monitor.FileChange;
import io.gantry.api.storage.StorageDriver;
import io.gantry.layer.ContainerDirs;
import io.gantry.layer.LayerExtractor;
import io.gantry.layer.LayerStore;
import io.gantry.layer.LowerLayers;
import io.gantry.layer.Whiteouts;
import io.gantry.natives.NativeException;
import io.gantry.natives.Syscalls;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;

/**
 * The overlayfs storage driver. Each layer keeps only its own changes in {@code diff/}, with whiteouts as
 * overlayfs stores them; a container's root file system is an overlay mount of its layers under its own
 * {@code upper/} directory. Files live under {@code <data.root>/storage/overlay}.
 */
@Component(service = StorageDriver.class, configurationPid = EngineRoots.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class OverlayStorageDriver implements StorageDriver {
    private static final String DIFF = "diff";
    private static final String UPPER = "upper";
    private static final String WORK = "work";
    private static final String MERGED = "merged";
    private static final String EMPTY_LOWER = "empty";

    private final Syscalls syscalls;
    private final Path root;
    private final LayerStore layers;
    private final ContainerDirs containers;
    private final LayerExtractor extractor;
    private final LowerDirs lowerDirs;

    @Activate
    public OverlayStorageDriver(@Reference(name = "syscalls") Syscalls syscalls, EngineRoots config) {
        this.syscalls = syscalls;
        this.root = Path.of(config.data_root(), "storage", "overlay");
        this.layers = new LayerStore(root.resolve("layers"));
        this.containers = new ContainerDirs(root.resolve("containers"));
        this.extractor = new LayerExtractor(syscalls);
        this.lowerDirs = new LowerDirs(root.resolve("l"));
    }

    @Override
    public String name() {
        return "overlay";
    }

    @Override
    public boolean isSupported() {
        return OverlaySupport.isSupported(syscalls, root);
    }

    @Override
    public boolean hasLayer(String layerId) {
        return layers.has(layerId);
    }

    @Override
    public void applyLayer(String layerId, String parentLayerId, InputStream tar) {
        layers.create(layerId, parentLayerId, layer -> extractor.extract(tar,
                Files.createDirectory(layer.resolve(DIFF)), Whiteouts.OVERLAY, lowerDiffsTopFirst(parentLayerId)));
    }

    private List<Path> lowerDiffsTopFirst(String parentLayerId) {
        List<Path> diffs = new ArrayList<>();
        for (String id = parentLayerId; id != null; id = layers.parent(id).orElse(null)) {
            diffs.add(layers.require(id).resolve(DIFF));
        }
        return diffs;
    }

    @Override
    public synchronized void removeLayer(String layerId) {
        containers.userOf(layerId).ifPresent(container -> {
            throw new ConflictException("layer " + layerId + " is in use by container " + container);
        });
        Path layer = layers.require(layerId);
        layers.remove(layerId);
        try {
            Files.deleteIfExists(lowerDirs.linkPath(layer));
        } catch (IOException e) {
            throw new GantryException("cannot delete the short link of layer " + layerId + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Set<String> layers() {
        return layers.ids();
    }

    @Override
    public synchronized Path mount(String containerId, List<String> layerIds) {
        Path container = containers.path(containerId);
        List<Path> diffs = layerIds.stream().map(id -> layers.require(id).resolve(DIFF)).toList();
        boolean created = containers.create(containerId, layerIds, dir -> {
            for (String name : diffs.isEmpty() ? List.of(UPPER, WORK, MERGED, EMPTY_LOWER) : List.of(UPPER, WORK, MERGED)) {
                Files.createDirectory(dir.resolve(name));
            }
        });
        Path merged = container.resolve(MERGED);
        if (syscalls.isMountPoint(merged.toString())) {
            return merged;
        }
        try {
            String options = lowerDirs.options(diffs.isEmpty() ? List.of(container.resolve(EMPTY_LOWER)) : diffs,
                    container.resolve(UPPER), container.resolve(WORK));
            syscalls.mount("overlay", merged.toString(), "overlay", 0, options);
        } catch (IOException | NativeException | GantryException e) {
            if (created) {
                containers.delete(containerId);
            }
            throw e instanceof GantryException gantry ? gantry
                    : new GantryException("cannot mount the root file system of container " + containerId + ": "
                            + e.getMessage(), e);
        }
        return merged;
    }

    @Override
    public synchronized void unmount(String containerId) {
        OverlaySupport.unmount(syscalls, containers.path(containerId).resolve(MERGED), containerId);
    }

    @Override
    public synchronized void remove(String containerId) {
        unmount(containerId);
        containers.delete(containerId);
    }

    @Override
    public Set<String> containers() {
        return containers.ids();
    }

    @Override
    public List<FileChange> changes(String containerId, List<String> layerIds) {
        Path upper = containers.path(containerId).resolve(UPPER);
        containers.requireOn(containerId, layerIds, name());
        List<Path> diffsTopFirst = new ArrayList<>();
        for (String id : layerIds) {
            diffsTopFirst.add(0, layers.require(id).resolve(DIFF));
        }
        try {
            return OverlayChanges.of(upper, new LowerLayers(syscalls, diffsTopFirst));
        } catch (IOException e) {
            throw new GantryException("cannot list the changes of container " + containerId + ": " + e.getMessage(), e);
        }
    }
}
