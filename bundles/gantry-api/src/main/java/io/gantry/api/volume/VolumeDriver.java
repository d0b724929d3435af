package io.gantry.api.volume;

import java.nio.file.Path;
import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * SPI of volume drivers ("local" is the engine's own). Drivers are services keyed by {@link #name()}; for a name
 * the best-ranked one is used. A driver keeps its volumes across engine restarts and crashes: a volume either
 * exists whole with its data, or not at all. Its data outlives every container that used it.
 */
@ConsumerType
public interface VolumeDriver {
    String name();

    /**
     * Creates a volume, or answers the one of that name as it is (creating is idempotent, as in Docker).
     *
     * @throws io.gantry.api.InvalidArgumentException for an invalid name, or an option the driver does not know
     *         or cannot apply, naming it
     */
    Volume create(VolumeSpec spec);

    List<Volume> list();

    /** @throws io.gantry.api.NotFoundException "no such volume: x" */
    Volume get(String name);

    /**
     * Makes the volume's data ready for a container and returns the host folder to bind into it. Several
     * containers may have a volume mounted at once; the driver counts them by container id, and mounting twice
     * for one container is once.
     *
     * @throws io.gantry.api.NotFoundException if there is no such volume
     */
    Path mount(String name, String containerId);

    /** Ends a container's use of the volume; idempotent, and a no-op for a volume that is gone. */
    void unmount(String name, String containerId);

    /**
     * Removes the volume with its data.
     *
     * @throws io.gantry.api.NotFoundException if there is no such volume
     * @throws io.gantry.api.ConflictException while a container has it mounted
     */
    void remove(String name);

    /** Bytes its data takes, or -1 when the driver cannot tell. */
    long size(String name);
}
