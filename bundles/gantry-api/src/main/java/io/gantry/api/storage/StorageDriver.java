package io.gantry.api.storage;

import io.gantry.api.FailedPreconditionException;
import io.gantry.api.container.monitor.FileChange;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Stores image layers and gives each container a writable root file system on top of them.
 * Layer ids are OCI chain ids, so a layer is unpacked once and shared by every image that has it.
 */
@ConsumerType
public interface StorageDriver {
    /** The name users choose it by, e.g. "overlay". */
    String name();

    /** Whether this driver can work on this host (kernel support, file system). */
    boolean isSupported();

    boolean hasLayer(String layerId);

    /**
     * Unpacks an uncompressed layer tar on top of {@code parentLayerId} (null for a base layer). The tar
     * may be hostile: nothing may be written outside the layer. Atomic: on error nothing remains.
     *
     * @throws io.gantry.api.ConflictException if the layer exists already
     * @throws io.gantry.api.NotFoundException if the parent layer does not exist
     * @throws io.gantry.api.InvalidArgumentException if the id is malformed or the tar is hostile or corrupt
     */
    void applyLayer(String layerId, String parentLayerId, InputStream tar);

    /**
     * Removes a layer that no container or child layer uses.
     *
     * @throws io.gantry.api.NotFoundException if there is no such layer
     * @throws io.gantry.api.ConflictException if a container or a child layer uses it
     */
    void removeLayer(String layerId);

    Set<String> layers();

    /**
     * Makes (or reuses) the container's writable layer over {@code layerIds} (base first) and mounts
     * it; returns the root file system path. Idempotent.
     *
     * @throws io.gantry.api.NotFoundException if a layer is missing
     * @throws io.gantry.api.ConflictException if the container exists on other layers
     */
    Path mount(String containerId, List<String> layerIds);

    /** Unmounts the container's root file system, keeping its writable layer. Idempotent. */
    void unmount(String containerId);

    /** Unmounts and deletes the container's writable layer. Idempotent. */
    void remove(String containerId);

    /** Ids of containers that have a writable layer here. */
    Set<String> containers();

    /**
     * What the container's writable layer added, changed or deleted over {@code layerIds} (base first),
     * sorted by path. A driver that cannot tell says so.
     */
    default List<FileChange> changes(String containerId, List<String> layerIds) {
        throw new FailedPreconditionException("storage driver " + name() + " cannot list a container's changes");
    }
}
