package io.gantry.core.internal.mounts;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.Mount;
import io.gantry.api.volume.VolumeNames;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks the user's mounts at create: a volume's name is valid, and no two mounts share a target. That targets
 * are absolute and bind sources are absolute host paths, {@link Mount} itself ensures.
 */
public final class MountChecks {
    private MountChecks() {
    }

    public static void check(List<Mount> mounts) {
        Set<String> targets = new HashSet<>();
        for (Mount mount : mounts) {
            if (mount.type() == Mount.Type.VOLUME && !AnonymousVolumes.isAnonymous(mount)) {
                VolumeNames.check(mount.source());
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

}
