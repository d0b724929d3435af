package io.gantry.volume.local.internal;

import io.gantry.api.ConflictException;
import io.gantry.api.GantryException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.NotFoundException;
import io.gantry.api.config.EngineRoots;
import io.gantry.api.volume.Volume;
import io.gantry.api.volume.VolumeDriver;
import io.gantry.api.volume.VolumeNames;
import io.gantry.api.volume.VolumeSpec;
import io.gantry.layer.FileTrees;
import io.gantry.natives.NativeException;
import io.gantry.natives.Syscalls;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The "local" volume driver, as Docker's: each volume is a folder under {@code <data.root>/volumes} (see
 * {@link VolumeFolders}); a volume with a {@code type} option has its data folder mounted while containers use it
 * (see {@link MountOptions}). The containers that have a volume mounted are recorded ({@link MountedBy}), so that
 * a new instance of the driver, after a crash or an update, still ends the mount when the last one unmounts.
 */
@Component(service = VolumeDriver.class, configurationPid = EngineRoots.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class LocalVolumeDriver implements VolumeDriver {
    static final String NAME = "local";
    private static final Logger LOG = LoggerFactory.getLogger(LocalVolumeDriver.class);

    private final Syscalls syscalls;
    private final VolumeFolders folders;
    private final MountedBy mountedBy;
    private final ExecutorService cleaner = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "gantry-volume-local-cleanup");
        thread.setDaemon(true);
        return thread;
    });

    /** Deletes what interrupted creates and removes left, after activation, as that may be a lot of data. */
    @Activate
    public LocalVolumeDriver(@Reference(name = "syscalls") Syscalls syscalls, EngineRoots roots) {
        this.syscalls = syscalls;
        this.folders = new VolumeFolders(Path.of(roots.data_root(), "volumes"));
        this.mountedBy = new MountedBy(Path.of(roots.run_root(), "volumes"));
        List<Path> leftovers = folders.leftovers();
        cleaner.execute(() -> leftovers.forEach(LocalVolumeDriver::deleteLeftover));
        cleaner.shutdown();
    }

    @Deactivate
    void deactivate() {
        cleaner.shutdownNow();
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Checks the options first, as Docker does, so that bad ones are refused even for a volume that exists. */
    @Override
    public synchronized Volume create(VolumeSpec spec) {
        String name = spec.name() == null ? VolumeNames.generate() : VolumeNames.check(spec.name());
        MountOptions.parse(spec.options());
        Optional<Volume> existing = find(name);
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            folders.create(name, VolumeRecord.of(spec));
        } catch (IOException e) {
            throw new GantryException("cannot create volume " + name + ": " + e.getMessage(), e);
        }
        return get(name);
    }

    @Override
    public synchronized List<Volume> list() {
        return folders.names().stream().map(this::findOrSkip).flatMap(Optional::stream).toList();
    }

    @Override
    public synchronized Volume get(String name) {
        return find(name).orElseThrow(() -> new NotFoundException("no such volume: " + name));
    }

    /** Records the container before mounting, so that a crash in between leaves a record and never a lost mount. */
    @Override
    public synchronized Path mount(String name, String containerId) {
        Volume volume = get(name);
        if (containerId == null || containerId.isBlank()) {
            throw new InvalidArgumentException("mounting volume " + name + " needs a container id");
        }
        Path data = folders.data(name);
        SortedSet<String> users = mountedBy.of(name);
        boolean added = users.add(containerId);
        if (added) {
            mountedBy.save(name, users);
        }
        try {
            mountData(volume, data);
        } catch (RuntimeException e) {
            if (added) {
                users.remove(containerId);
                mountedBy.save(name, users);
            }
            throw e;
        }
        return data;
    }

    /** Unmounts before the record goes, so that a crash in between leaves a record and never a lost mount. */
    @Override
    public synchronized void unmount(String name, String containerId) {
        if (find(name).isEmpty()) {
            return;
        }
        SortedSet<String> users = mountedBy.of(name);
        boolean removed = containerId != null && users.remove(containerId);
        if (users.isEmpty()) {
            unmountData(name);
        }
        if (removed) {
            mountedBy.save(name, users);
        }
    }

    /** Never deletes through a mount: whatever is mounted on the data folder is unmounted first. */
    @Override
    public void remove(String name) {
        Path doomed;
        synchronized (this) {
            get(name);
            SortedSet<String> users = mountedBy.of(name);
            if (!users.isEmpty()) {
                throw new ConflictException("remove " + name + ": volume is in use - " + users);
            }
            unmountData(name);
            try {
                doomed = folders.moveAway(name);
            } catch (IOException e) {
                throw new GantryException("cannot remove volume " + name + ": " + e.getMessage(), e);
            }
        }
        try {
            FileTrees.delete(doomed);
        } catch (IOException e) {
            throw new GantryException("volume " + name + " is removed, but deleting its data failed (" + e.getMessage()
                    + "); what is left is deleted when the driver next starts", e);
        }
    }

    @Override
    public long size(String name) {
        Path data;
        synchronized (this) {
            if (find(name).isEmpty()) {
                return -1;
            }
            data = folders.data(name);
        }
        try {
            return DataSize.of(data);
        } catch (IOException | UncheckedIOException e) {
            LOG.debug("Cannot tell the size of volume {}: {}", name, e.getMessage());
            return -1;
        }
    }

    private Optional<Volume> find(String name) {
        return folders.read(name).map(record -> record.toVolume(name, NAME, folders.data(name)));
    }

    private Optional<Volume> findOrSkip(String name) {
        try {
            return find(name);
        } catch (GantryException e) {
            LOG.warn("Not listing volume {}: {}", name, e.getMessage());
            return Optional.empty();
        }
    }

    private void mountData(Volume volume, Path data) {
        MountPlan plan = MountOptions.parse(volume.options());
        if (!plan.mounts() || syscalls.isMountPoint(data.toString())) {
            return;
        }
        if (!Files.isDirectory(data, LinkOption.NOFOLLOW_LINKS)) {
            throw new GantryException("volume " + volume.name() + " has no data folder " + data);
        }
        try {
            plan.mountOn(syscalls, data);
        } catch (NativeException e) {
            throw new GantryException("failed to mount local volume " + volume.name() + ": " + e.getMessage(), e);
        }
    }

    /** Lazily, as Docker does, so that a process still in the folder does not keep the mount. */
    private void unmountData(String name) {
        String data = folders.data(name).toString();
        try {
            while (syscalls.isMountPoint(data)) {
                syscalls.umount2(data, Syscalls.MNT_DETACH);
            }
        } catch (NativeException e) {
            throw new GantryException("cannot unmount volume " + name + ": " + e.getMessage(), e);
        }
    }

    private static void deleteLeftover(Path leftover) {
        try {
            FileTrees.delete(leftover);
        } catch (IOException e) {
            LOG.warn("Cannot delete {}, left by an interrupted volume create or remove: {}", leftover, e.getMessage());
        }
    }
}
