package io.gantry.volume.local.internal;

import io.gantry.natives.NativeException;
import io.gantry.natives.Syscalls;
import java.nio.file.Path;

/**
 * How a volume's data folder is mounted, as Docker's local driver mounts it: one mount(2) with every flag but the
 * propagation ones, then a call that sets the propagation if one is asked for, then a remount if a bind mount is
 * to be read-only (mount(2) ignores MS_RDONLY on a new bind mount).
 *
 * @param type null for a plain folder, which is not mounted
 * @param data the words of {@code o} that are no flags, comma-separated, for the file system
 */
record MountPlan(String device, String type, long flags, String data) {
    static final MountPlan NONE = new MountPlan(null, null, 0, "");

    boolean mounts() {
        return type != null;
    }

    boolean binds() {
        return (flags & Syscalls.MS_BIND) != 0;
    }

    void mountOn(Syscalls syscalls, Path target) {
        String folder = target.toString();
        syscalls.mount(device, folder, type, flags & ~MountFlags.PROPAGATION, data.isEmpty() ? null : data);
        try {
            if ((flags & MountFlags.PROPAGATION) != 0) {
                syscalls.mount("", folder, null, flags & (MountFlags.PROPAGATION | Syscalls.MS_REC), null);
            }
            if (binds() && (flags & Syscalls.MS_RDONLY) != 0) {
                syscalls.mount("", folder, null, (flags & ~MountFlags.PROPAGATION) | Syscalls.MS_REMOUNT, null);
            }
        } catch (NativeException e) {
            syscalls.umount2(folder, Syscalls.MNT_DETACH);
            throw e;
        }
    }
}
