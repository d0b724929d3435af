package io.gantry.core.internal.mounts;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.Mount;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks the user's mounts at create: each may be mounted (volumes only anonymous ones), and no two on the same
 * target. That targets are
 * absolute and bind sources are absolute host paths, {@link Mount} itself ensures.
 */
public final class MountChecks {
    private MountChecks() {
    }

    public static void check(List<Mount> mounts) {
        Set<String> targets = new HashSet<>();
        for (Mount mount : mounts) {
            if (mount.type() == Mount.Type.VOLUME && !AnonymousVolumes.isAnonymous(mount)) {
                throw volumesUnsupported(mount);
            }
            String target = normalTarget(mount);
            if (target.equals("/")) {
                throw new InvalidArgumentException("invalid mount target '" + mount.target()
                        + "': cannot mount over the container's root");
            }
            if (!targets.add(target)) {
                throw new InvalidArgumentException("duplicate mount point: " + target);
            }
        }
    }

    public static String normalTarget(Mount mount) {
        return Path.of(mount.target()).normalize().toString();
    }

    static InvalidArgumentException volumesUnsupported(Mount mount) {
        return new InvalidArgumentException("named volumes are not supported yet: '"
                + (mount.source() != null ? mount.source() : mount.target()) + "'");
    }
}
