package io.gantry.core.internal.mounts;

import io.gantry.api.GantryException;
import io.gantry.api.container.Mount;
import io.gantry.api.oci.Spec;
import io.gantry.core.internal.files.RootfsPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The user's bind, volume and tmpfs mounts as OCI mounts, over the defaults of the namespace providers. A missing
 * bind source is created as a folder, as {@code docker run -v} does; the target of a file bind is created
 * as an empty file, resolved inside the root file system so that an image's symlink cannot point it at the host.
 * A volume is the folder its driver mounted for the container, bound at the target; the first time this container
 * mounts it, an empty one is filled with the image's content there unless the mount says nocopy.
 */
public final class ContainerMounts {
    private ContainerMounts() {
    }

    /**
     * @param volumeFolders the host folder of each named volume, as its driver mounted it
     * @param filled the volumes this container filled before; a volume filled now is added
     */
    public static void apply(Spec spec, List<Mount> mounts, Path rootfs, Map<String, Path> volumeFolders,
            Set<String> filled) {
        for (Mount mount : mounts) {
            String target = MountChecks.normalTarget(mount);
            switch (mount.type()) {
                case BIND -> spec.putMount(bind(mount, target, rootfs));
                case TMPFS -> spec.putMount(tmpfs(mount, target));
                case VOLUME -> spec.putMount(mount.source().startsWith("/") ? legacyVolume(mount, target, rootfs)
                        : volume(mount, target, rootfs, volumeFolders, filled));
            }
        }
    }

    private static io.gantry.api.oci.Mount bind(Mount mount, String target, Path rootfs) {
        Path source = Path.of(mount.source());
        try {
            if (!Files.exists(source)) {
                Files.createDirectories(source);
            } else if (!Files.isDirectory(source)) {
                createFileTarget(rootfs, target);
            }
        } catch (IOException e) {
            throw new GantryException("cannot prepare bind mount " + source + " on " + target + ": " + e.getMessage(),
                    e);
        }
        return mount.readOnly() ? io.gantry.api.oci.Mount.bind(source.toString(), target, "rprivate", "ro")
                : io.gantry.api.oci.Mount.bind(source.toString(), target, "rprivate");
    }

    private static io.gantry.api.oci.Mount volume(Mount mount, String target, Path rootfs,
            Map<String, Path> volumeFolders, Set<String> filled) {
        Path folder = volumeFolders.get(mount.source());
        if (folder == null) {
            throw new GantryException("volume " + mount.source() + " for " + target + " is not mounted");
        }
        try {
            if (!mount.volumeOptions().noCopy() && !filled.contains(mount.source())) {
                VolumeCopyUp.fillIfEmpty(folder, rootfs, target);
                filled.add(mount.source());
            }
        } catch (IOException e) {
            throw new GantryException("cannot fill volume " + mount.source() + " with the image's content at "
                    + target + ": " + e.getMessage(), e);
        }
        return mount.readOnly() ? io.gantry.api.oci.Mount.bind(folder.toString(), target, "rprivate", "ro")
                : io.gantry.api.oci.Mount.bind(folder.toString(), target, "rprivate");
    }

    private static io.gantry.api.oci.Mount legacyVolume(Mount mount, String target, Path rootfs) {
        try {
            VolumeCopyUp.ensure(Path.of(mount.source()), rootfs, target);
        } catch (IOException e) {
            throw new GantryException("cannot prepare the volume " + mount.source() + " for " + target + ": "
                    + e.getMessage(), e);
        }
        return mount.readOnly() ? io.gantry.api.oci.Mount.bind(mount.source(), target, "rprivate", "ro")
                : io.gantry.api.oci.Mount.bind(mount.source(), target, "rprivate");
    }

    private static void createFileTarget(Path rootfs, String target) throws IOException {
        Path file = RootfsPath.resolve(rootfs, target);
        Files.createDirectories(file.getParent());
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            Files.createFile(file);
        }
    }

    private static io.gantry.api.oci.Mount tmpfs(Mount mount, String target) {
        List<String> options = new ArrayList<>(List.of("nosuid", "nodev"));
        if (mount.tmpfsSizeBytes() != null) {
            options.add("size=" + mount.tmpfsSizeBytes());
        }
        options.add("mode=" + Integer.toOctalString(mount.tmpfsMode() != null ? mount.tmpfsMode() : 01777));
        if (mount.readOnly()) {
            options.add("ro");
        }
        return new io.gantry.api.oci.Mount(target, "tmpfs", "tmpfs", options);
    }
}
