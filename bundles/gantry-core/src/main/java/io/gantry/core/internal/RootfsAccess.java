package io.gantry.core.internal;

import io.gantry.api.ConflictException;
import io.gantry.api.GantryException;
import io.gantry.api.container.ContainerState;
import io.gantry.api.storage.StorageDriver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs file work on a container's root file system: the mounted one of a running or paused container, or,
 * for any other, one mounted for the work and unmounted after. The latter runs under the container's lock,
 * so that a start cannot mount it meanwhile and lose its root file system to the unmount.
 */
final class RootfsAccess {
    private static final Logger LOG = LoggerFactory.getLogger(RootfsAccess.class);

    /** File work that may fail with an I/O error. */
    interface Work<T> {
        T on(Path rootfs) throws IOException;
    }

    private final EngineParts parts;

    RootfsAccess(EngineParts parts) {
        this.parts = parts;
    }

    /**
     * Like {@link #run}, but for a running or paused container through its init process's view of the file
     * system (/proc/PID/root), which also shows its bind, tmpfs and volume mounts and the engine's
     * /etc/hosts, /etc/hostname and /etc/resolv.conf.
     */
    <T> T runAsSeenInside(ContainerHandle handle, Work<T> work) {
        Path inside = handle.locked(() -> isMounted(handle.record()) && handle.record().pid > 0
                ? Path.of("/proc", Integer.toString(handle.record().pid), "root") : null);
        if (inside != null && Files.isDirectory(inside)) {
            return call(work, inside);
        }
        return run(handle, work);
    }

    <T> T run(ContainerHandle handle, Work<T> work) {
        Path mounted = handle.locked(() -> isMounted(handle.record()) ? Path.of(handle.record().rootfs) : null);
        if (mounted != null) {
            return call(work, mounted);
        }
        return handle.locked(() -> {
            ContainerRecord record = handle.record();
            if (isMounted(record)) {
                return call(work, Path.of(record.rootfs));
            }
            if (handle.isRemoved() || record.state == ContainerState.REMOVING) {
                throw new ConflictException("container " + record.name + " is being removed");
            }
            StorageDriver driver = parts.providers().storageDriver(record.storageDriver);
            Path rootfs = ProviderCalls.get("storage driver " + driver.name(), () -> driver.mount(record.id,
                    record.layerIds));
            try {
                return call(work, rootfs);
            } finally {
                try {
                    driver.unmount(record.id);
                } catch (RuntimeException e) {
                    LOG.warn("Container {}: unmounting its root file system failed: {}", record.id, e.toString());
                }
            }
        });
    }

    private static boolean isMounted(ContainerRecord record) {
        return (record.state == ContainerState.RUNNING || record.state == ContainerState.PAUSED)
                && record.rootfs != null;
    }

    private static <T> T call(Work<T> work, Path rootfs) {
        try {
            return work.on(rootfs);
        } catch (IOException e) {
            throw new GantryException("cannot access the root file system " + rootfs + ": " + e.getMessage(), e);
        }
    }
}
