package io.gantry.core.internal.mounts;

import io.gantry.api.container.Mount;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Gives each anonymous volume of a new container (a volume mount without a source, as {@code -v /data}, and
 * each VOLUME of its image that no other mount covers) a private folder under the container's own folder.
 * The folder becomes the mount's source, so the container's config shows it; the engine has no volume store,
 * so these folders go with the container.
 */
public final class AnonymousVolumes {
    private static final SecureRandom RANDOM = new SecureRandom();

    private AnonymousVolumes() {
    }

    public static List<Mount> assign(List<Mount> mounts, List<String> imageVolumes, Path volumesDir) {
        List<Mount> assigned = new ArrayList<>();
        for (Mount mount : mounts) {
            assigned.add(isAnonymous(mount) ? folderFor(mount.target(), mount.readOnly(), volumesDir) : mount);
        }
        Set<String> covered = mounts.stream().map(MountChecks::normalTarget).collect(Collectors.toSet());
        for (String path : imageVolumes) {
            Mount volume = folderFor(path, false, volumesDir);
            if (!covered.contains(MountChecks.normalTarget(volume)) && !MountChecks.normalTarget(volume).equals("/")) {
                covered.add(MountChecks.normalTarget(volume));
                assigned.add(volume);
            }
        }
        return assigned;
    }

    static boolean isAnonymous(Mount mount) {
        return mount.type() == Mount.Type.VOLUME && mount.source() == null;
    }

    private static Mount folderFor(String target, boolean readOnly, Path volumesDir) {
        byte[] name = new byte[32];
        RANDOM.nextBytes(name);
        return new Mount(Mount.Type.VOLUME, volumesDir.resolve(HexFormat.of().formatHex(name)).toString(), target,
                readOnly);
    }
}
