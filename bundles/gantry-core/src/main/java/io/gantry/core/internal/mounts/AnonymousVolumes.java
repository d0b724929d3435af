package io.gantry.core.internal.mounts;

import io.gantry.api.container.Mount;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The anonymous volumes of a new container: its own volume mounts without a source, as {@code -v /data}, and
 * each VOLUME of its image that no other mount covers. Each gets a volume of its own when the container is made.
 */
public final class AnonymousVolumes {
    private AnonymousVolumes() {
    }

    /** The mounts, then an anonymous volume mount for each image volume not covered. */
    public static List<Mount> withImageVolumes(List<Mount> mounts, List<String> imageVolumes) {
        List<Mount> all = new ArrayList<>(mounts);
        Set<String> covered = mounts.stream().map(MountChecks::normalTarget).collect(Collectors.toSet());
        for (String path : imageVolumes) {
            Mount volume = Mount.volume(null, path, false, null);
            String target = MountChecks.normalTarget(volume);
            if (!target.equals("/") && covered.add(target)) {
                all.add(volume);
            }
        }
        return all;
    }

    static boolean isAnonymous(Mount mount) {
        return mount.type() == Mount.Type.VOLUME && mount.source() == null;
    }
}
