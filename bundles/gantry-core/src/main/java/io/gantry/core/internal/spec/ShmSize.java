package io.gantry.core.internal.spec;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.oci.Mount;
import io.gantry.api.oci.Spec;

/** --shm-size: the size of the private /dev/shm tmpfs (the ipc provider's default is Docker's 64 MiB). */
final class ShmSize {
    private static final String SHM = "/dev/shm";

    private ShmSize() {
    }

    static void check(Long bytes) {
        if (bytes != null && bytes <= 0) {
            throw new InvalidArgumentException("invalid shm size " + bytes + ": must be greater than 0");
        }
    }

    static void apply(Spec spec, Long bytes) {
        if (bytes == null) {
            return;
        }
        for (int i = 0; i < spec.mounts.size(); i++) {
            Mount mount = spec.mounts.get(i);
            if (mount.destination().equals(SHM) && "tmpfs".equals(mount.type())) {
                SpecMounts.changeOptions(spec, i, options -> {
                    options.removeIf(option -> option.startsWith("size="));
                    options.add("size=" + bytes);
                    return options;
                });
            }
        }
    }
}
