package io.gantry.api.volume;

import java.util.List;
import java.util.function.Predicate;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Volumes as users see them, over every installed {@link VolumeDriver}, with the containers that use them. A
 * volume is used by every container whose mounts name it, running or not.
 */
@ProviderType
public interface VolumeService {
    /** The driver every volume gets that names none. */
    String DEFAULT_DRIVER = "local";

    /**
     * Creates a volume with the named driver (null: {@value #DEFAULT_DRIVER}); one of that name is answered as it
     * is if that driver has it.
     *
     * @throws io.gantry.api.NotFoundException if no such driver is installed
     * @throws io.gantry.api.ConflictException if another driver has a volume of that name
     */
    Volume create(String driver, VolumeSpec spec);

    List<Volume> list();

    /** @throws io.gantry.api.NotFoundException "no such volume: x" */
    Volume inspect(String name);

    /** Ids of the containers whose mounts name the volume, running or not. */
    List<String> users(String name);

    /** Bytes the volume's data takes, -1 when its driver cannot tell. */
    long size(String name);

    /**
     * Removes a volume and its data.
     *
     * @param force also remove it while stopped containers name it; a running container's volume is never removed
     * @throws io.gantry.api.NotFoundException if there is no such volume
     * @throws io.gantry.api.ConflictException "remove x: volume is in use - [ids]"
     */
    void remove(String name, boolean force);

    /** Removes every volume that no container uses and that {@code which} accepts. */
    VolumePrune prune(Predicate<Volume> which);
}
