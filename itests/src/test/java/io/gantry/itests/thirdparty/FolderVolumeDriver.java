package io.gantry.itests.thirdparty;

import io.gantry.api.ConflictException;
import io.gantry.api.NotFoundException;
import io.gantry.api.volume.Volume;
import io.gantry.api.volume.VolumeDriver;
import io.gantry.api.volume.VolumeNames;
import io.gantry.api.volume.VolumeSpec;
import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A volume driver as a third party would write one, against the API only: volumes are folders under
 * /tmp/gantry-it-folder-driver. It is packed into a bundle of its own at test time, see {@link DriverBundle}.
 */
public final class FolderVolumeDriver implements VolumeDriver {
    public static final String NAME = "it-folders";
    static final Path ROOT = Path.of("/tmp/gantry-it-folder-driver");

    private final Map<String, Volume> volumes = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> mountedBy = new ConcurrentHashMap<>();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Volume create(VolumeSpec spec) {
        String name = VolumeNames.check(spec.name());
        return volumes.computeIfAbsent(name, n -> {
            ROOT.resolve(n).toFile().mkdirs();
            return new Volume(n, NAME, ROOT.resolve(n).toString(), Instant.now(), spec.labels(), spec.options(),
                    "local");
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
        return ROOT.resolve(name);
    }

    @Override
    public void unmount(String name, String containerId) {
        mountedBy.getOrDefault(name, Set.of()).remove(containerId);
    }

    @Override
    public void remove(String name) {
        get(name);
        if (!mountedBy.getOrDefault(name, Set.of()).isEmpty()) {
            throw new ConflictException("remove " + name + ": volume is in use");
        }
        File[] files = ROOT.resolve(name).toFile().listFiles();
        for (File file : files == null ? new File[0] : files) {
            file.delete();
        }
        ROOT.resolve(name).toFile().delete();
        volumes.remove(name);
    }

    @Override
    public long size(String name) {
        get(name);
        return -1;
    }
}
