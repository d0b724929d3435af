package io.gantry.core.internal.spec;

import io.gantry.api.GantryException;
import io.gantry.api.oci.Mount;
import io.gantry.api.oci.Spec;
import io.gantry.core.internal.files.RootfsPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Creates the missing targets of file bind mounts (/etc/hostname ...) in the root file system, as host root.
 * In a user namespace the runtime runs as the mapped root, which may not create files in the image's
 * root-owned directories.
 */
final class MountTargets {
    private MountTargets() {
    }

    static void prepare(Spec spec, Path rootfs) {
        if (spec.linux.namespaces.stream().noneMatch(ns -> ns.type().equals("user"))) {
            return;
        }
        for (Mount mount : spec.mounts) {
            if ("bind".equals(mount.type()) && mount.source() != null && Files.isRegularFile(Path.of(mount.source()))) {
                createFile(rootfs, mount.destination());
            }
        }
    }

    private static void createFile(Path rootfs, String destination) {
        try {
            Path target = RootfsPath.resolve(rootfs, destination);
            if (Files.isDirectory(target.getParent()) && !Files.exists(target)) {
                Files.createFile(target);
            }
        } catch (IOException e) {
            throw new GantryException("cannot create the mount target " + destination + " in the root file system: "
                    + e.getMessage(), e);
        }
    }
}
