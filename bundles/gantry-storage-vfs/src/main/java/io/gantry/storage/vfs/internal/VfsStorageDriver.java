package io.gantry.storage.vfs.internal;

import io.gantry.api.ConflictException;
import io.gantry.api.GantryException;
import io.gantry.api.config.EngineRoots;
import io.gantry.api.container.monitor.FileChange;
import io.gantry.api.storage.StorageDriver;
import io.gantry.layer.ContainerDirs;
import io.gantry.layer.LayerExtractor;
import io.gantry.layer.LayerStore;
import io.gantry.layer.TreeCopier;
import io.gantry.layer.Whiteouts;
import io.gantry.natives.Syscalls;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;

/**
 * The storage driver that needs no kernel support: each layer is a full copy of its parent with the layer
 * applied, and each container's root file system is a full copy of its top layer. Slow and large, but it
 * works on any file system. Files live under {@code <data.root>/storage/vfs}.
 */
@Component(service = StorageDriver.class, configurationPid = EngineRoots.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class VfsStorageDriver implements StorageDriver {
    private static final String FILES = "fs";
    private static final String ROOTFS = "rootfs";

    private final LayerStore layers;
    private final ContainerDirs containers;
    private final LayerExtractor extractor;
    private final TreeCopier copier;

    @Activate
    public VfsStorageDriver(@Reference(name = "syscalls") Syscalls syscalls, EngineRoots config) {
        Path root = Path.of(config.data_root(), "storage", "vfs");
        this.layers = new LayerStore(root.resolve("layers"));
        this.containers = new ContainerDirs(root.resolve("containers"));
        this.extractor = new LayerExtractor(syscalls);
        this.copier = new TreeCopier(syscalls);
    }

    @Override
    public String name() {
        return "vfs";
    }

    @Override
    public boolean isSupported() {
        return true;
    }

    @Override
    public boolean hasLayer(String layerId) {
        return layers.has(layerId);
    }

    @Override
    public void applyLayer(String layerId, String parentLayerId, InputStream tar) {
        layers.create(layerId, parentLayerId, layer -> {
            Path files = layer.resolve(FILES);
            if (parentLayerId == null) {
                Files.createDirectory(files);
            } else {
                copier.copy(layers.require(parentLayerId).resolve(FILES), files);
            }
            extractor.extract(tar, files, Whiteouts.APPLY);
        });
    }

    @Override
    public synchronized void removeLayer(String layerId) {
        containers.userOf(layerId).ifPresent(container -> {
            throw new ConflictException("layer " + layerId + " is in use by container " + container);
        });
        layers.remove(layerId);
    }

    @Override
    public Set<String> layers() {
        return layers.ids();
    }

    @Override
    public synchronized Path mount(String containerId, List<String> layerIds) {
        Path rootfs = containers.path(containerId).resolve(ROOTFS);
        Path top = layerIds.stream().map(layers::require).reduce((lower, upper) -> upper).orElse(null);
        containers.create(containerId, layerIds, container -> {
            if (top == null) {
                Files.createDirectory(container.resolve(ROOTFS));
            } else {
                copier.copy(top.resolve(FILES), container.resolve(ROOTFS));
            }
        });
        return rootfs;
    }

    /** Only checks the id: a copy is not mounted, so there is nothing to undo. */
    @Override
    public void unmount(String containerId) {
        containers.path(containerId);
    }

    @Override
    public synchronized void remove(String containerId) {
        containers.delete(containerId);
    }

    @Override
    public Set<String> containers() {
        return containers.ids();
    }

    /** Compares the container's copy with its top layer, which holds every layer below it applied. */
    @Override
    public List<FileChange> changes(String containerId, List<String> layerIds) {
        containers.requireOn(containerId, layerIds, name());
        Path rootfs = containers.path(containerId).resolve(ROOTFS);
        try {
            Path top = layerIds.isEmpty() ? null : layers.require(layerIds.get(layerIds.size() - 1)).resolve(FILES);
            return TreeChanges.between(top, rootfs);
        } catch (IOException e) {
            throw new GantryException("cannot list the changes of container " + containerId + ": " + e.getMessage(), e);
        }
    }
}
