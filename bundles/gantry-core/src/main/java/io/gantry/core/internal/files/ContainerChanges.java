package io.gantry.core.internal.files;

import io.gantry.api.container.Container;
import io.gantry.api.container.monitor.FileChange;
import io.gantry.api.storage.StorageDriver;
import io.gantry.core.internal.provider.ProviderDirectory;
import io.gantry.core.internal.spec.InitProcess;
import io.gantry.core.internal.state.ContainerHandle;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code docker diff}: the storage driver's list of what the container's writable layer changed, without the
 * mount points the engine itself needs there (Docker keeps those in a hidden init layer), nor the folders that
 * were listed only because they hold such a mount point (a folder that only they changed, or that the runtime
 * made for one). A container that is not running has its root file
 * system mounted for the call.
 */
public final class ContainerChanges {
    private static final Set<String> ENGINE_MOUNT_POINTS = Set.of("/dev", "/proc", "/sys", "/etc/hosts",
            "/etc/hostname", "/etc/resolv.conf");

    private final ProviderDirectory providers;
    private final RootfsAccess rootfs;

    public ContainerChanges(ProviderDirectory providers) {
        this.providers = providers;
        this.rootfs = new RootfsAccess(providers);
    }

    /** Work on a container's root file system and its changes. */
    public interface ChangesWork<T> {
        T on(Path rootfs, List<FileChange> changes) throws IOException;
    }

    public List<FileChange> of(ContainerHandle handle) {
        return with(handle, (root, changes) -> changes);
    }

    /** Runs {@code work} on the container's root file system, mounted for it if need be, and its changes. */
    public <T> T with(ContainerHandle handle, ChangesWork<T> work) {
        Layers layers = handle.locked(() -> new Layers(handle.record().storageDriver, handle.record().layerIds));
        Container container = handle.view();
        return rootfs.run(handle, root -> {
            StorageDriver driver = providers.storageDriver(layers.driver());
            List<FileChange> changes = providers.call("storage driver " + driver.name(),
                    () -> driver.changes(container.id(), layers.ids()));
            return work.on(root, withoutEngineMountPoints(changes, container.config().init()));
        });
    }

    private record Layers(String driver, List<String> ids) {
    }

    public static List<FileChange> withoutEngineMountPoints(List<FileChange> changes, boolean init) {
        Set<String> hidden = new HashSet<>(ENGINE_MOUNT_POINTS);
        if (init) {
            hidden.add(InitProcess.TARGET);
        }
        List<String> dropped = changes.stream().map(FileChange::path).filter(hidden::contains).toList();
        List<FileChange> kept = changes.stream().filter(change -> !hidden.contains(change.path())).toList();
        return kept.stream().filter(change -> !holdsOnlyDropped(change.path(), dropped, kept)).toList();
    }

    /** Whether {@code folder} holds a dropped path and no kept change: the runtime made it for a mount point. */
    private static boolean holdsOnlyDropped(String folder, List<String> dropped, List<FileChange> kept) {
        String prefix = folder + "/";
        return dropped.stream().anyMatch(path -> path.startsWith(prefix))
                && kept.stream().noneMatch(change -> change.path().startsWith(prefix));
    }
}
