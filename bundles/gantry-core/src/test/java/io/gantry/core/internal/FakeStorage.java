package io.gantry.core.internal;

import io.gantry.api.GantryException;
import io.gantry.api.storage.StorageDriver;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A storage driver that keeps layers as names and gives each container a plain directory as rootfs. */
public final class FakeStorage implements StorageDriver {
    public final String name;
    public final Path root;
    public final Set<String> layers = ConcurrentHashMap.newKeySet();
    public final Set<String> mounted = ConcurrentHashMap.newKeySet();
    public final AtomicInteger applyCalls = new AtomicInteger();
    public volatile boolean supported = true;
    public volatile boolean failApply;

    public FakeStorage(String name, Path root) {
        this.name = name;
        this.root = root;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean isSupported() {
        return supported;
    }

    @Override
    public boolean hasLayer(String layerId) {
        return layers.contains(layerId);
    }

    @Override
    public void applyLayer(String layerId, String parentLayerId, InputStream tar) {
        applyCalls.incrementAndGet();
        if (failApply) {
            throw new GantryException("disk full while unpacking " + layerId);
        }
        if (parentLayerId != null && !layers.contains(parentLayerId)) {
            throw new IllegalStateException("parent " + parentLayerId + " missing");
        }
        try {
            tar.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        layers.add(layerId);
    }

    @Override
    public void removeLayer(String layerId) {
        layers.remove(layerId);
    }

    @Override
    public Set<String> layers() {
        return Set.copyOf(layers);
    }

    @Override
    public Path mount(String containerId, List<String> layerIds) {
        if (!layers.containsAll(layerIds)) {
            throw new IllegalStateException("layers missing for " + containerId);
        }
        Path rootfs = root.resolve(containerId).resolve("rootfs");
        try {
            Files.createDirectories(rootfs.resolve("etc"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        mounted.add(containerId);
        return rootfs;
    }

    @Override
    public void unmount(String containerId) {
        mounted.remove(containerId);
    }

    @Override
    public void remove(String containerId) {
        mounted.remove(containerId);
        try {
            TestFiles.deleteTree(root.resolve(containerId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Set<String> containers() {
        try (Stream<Path> children = Files.list(root)) {
            return children.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
