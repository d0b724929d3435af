package io.gantry.core.internal.files;

import io.gantry.api.ConflictException;
import io.gantry.api.GantryException;
import io.gantry.api.container.ContainerState;
import io.gantry.api.runtime.OciRuntime;
import io.gantry.api.storage.StorageDriver;
import io.gantry.core.internal.provider.ProviderDirectory;
import io.gantry.core.internal.state.ContainerHandle;
import io.gantry.core.internal.state.ContainerRecord;
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

    private final ProviderDirectory providers;

    RootfsAccess(ProviderDirectory providers) {
        this.providers = providers;
    }

    /**
     * Like {@link #run}, but for a running or paused container through its init process's view of the file
     * system (/proc/PID/root), which also shows its bind, tmpfs and volume mounts and the engine's /etc files.
     * A running container is frozen meanwhile, as Docker does for {@code docker cp}, so that its processes
     * cannot swap a checked folder for a link while the work walks it.
     */
    <T> T runAsSeenInside(ContainerHandle handle, Work<T> work) {
        return handle.locked(() -> {
            ContainerRecord record = handle.record();
            Path inside = Path.of("/proc", Integer.toString(record.pid), "root");
            if (!isMounted(record) || record.pid <= 0 || !Files.isDirectory(inside)) {
                return run(handle, work);
            }
            if (record.state != ContainerState.RUNNING) {
                return call(work, inside);
            }
            OciRuntime runtime = providers.runtime(record.runtime);
            providers.run("runtime " + runtime.name(), () -> runtime.pause(record.id));
            try {
                return call(work, inside);
            } finally {
                providers.run("runtime " + runtime.name(), () -> runtime.resume(record.id));
            }
        });
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
            StorageDriver driver = providers.storageDriver(record.storageDriver);
            Path rootfs = providers.call("storage driver " + driver.name(), () -> driver.mount(record.id,
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
