package io.gantry.ns.ipc.internal;

import io.gantry.api.oci.Mount;
import io.gantry.api.oci.Spec;
import java.util.List;

/**
 * Adds mounts so that a parent always comes before the mounts beneath it (/dev before /dev/shm), whatever
 * order the contributors run in: the runtime mounts in list order, and a later /dev would hide /dev/shm.
 */
final class MountOrder {
    private MountOrder() {
    }

    /** Replaces any mount at the same destination and inserts before the first mount nested under this one. */
    static void put(Spec spec, Mount mount) {
        List<Mount> mounts = spec.mounts;
        mounts.removeIf(m -> m.destination().equals(mount.destination()));
        String prefix = mount.destination().endsWith("/") ? mount.destination() : mount.destination() + "/";
        int index = 0;
        while (index < mounts.size() && !mounts.get(index).destination().startsWith(prefix)) {
            index++;
        }
        mounts.add(index, mount);
    }
}
