package io.gantry.core.internal;

import io.gantry.api.ConflictException;
import io.gantry.api.NotFoundException;
import io.gantry.api.volume.Volume;
import io.gantry.api.volume.VolumeDriver;
import io.gantry.api.volume.VolumeNames;
import io.gantry.api.volume.VolumeSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/** A "local" volume driver for the core's tests: each volume a folder under the root, users counted in memory. */
public final class FolderVolumeDriver implements VolumeDriver {
    public final Path root;
    public final Map<String, Volume> volumes = new ConcurrentHashMap<>();
    public final Map<String, Set<String>> mountedBy = new ConcurrentHashMap<>();
    public final List<String> removed = new CopyOnWriteArrayList<>();

    public FolderVolumeDriver(Path root) {
        this.root = root;
    }

    @Override
    public String name() {
        return "local";
    }

    @Override
    public Volume create(VolumeSpec spec) {
        String name = VolumeNames.check(spec.name());
        return volumes.computeIfAbsent(name, n -> {
            try {
                Files.createDirectories(dataOf(n));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Volume(n, name(), dataOf(n).toString(), Instant.now(), spec.labels(), spec.options(), "local");
        });
    }

    @Override
    public List<Volume> list() {
        return List.copyOf(volumes.values());
    }

    @Override
    public Volume get(String name) {
        Volume volume = volumes.get(name);
        if (volume == null) {
            throw new NotFoundException("no such volume: " + name);
        }
        return volume;
    }

    @Override
    public Path mount(String name, String containerId) {
        get(name);
        mountedBy.computeIfAbsent(name, n -> ConcurrentHashMap.newKeySet()).add(containerId);
        return dataOf(name);
    }

    @Override
    public void unmount(String name, String containerId) {
        Set<String> users = mountedBy.get(name);
        if (users != null) {
            users.remove(containerId);
        }
    }

    @Override
    public void remove(String name) {
        get(name);
        if (!mountedBy.getOrDefault(name, Set.of()).isEmpty()) {
            throw new ConflictException("volume " + name + " is mounted by " + mountedBy.get(name));
        }
        try {
            TestFiles.deleteTree(root.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        volumes.remove(name);
        removed.add(name);
    }

    @Override
    public long size(String name) {
        get(name);
        try (Stream<Path> files = Files.walk(dataOf(name))) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            return -1;
        }
    }

    public Path dataOf(String name) {
        return root.resolve(name).resolve("_data");
    }
}
