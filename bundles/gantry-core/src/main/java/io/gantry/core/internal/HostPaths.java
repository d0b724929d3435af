package io.gantry.core.internal;

import io.gantry.api.FailedPreconditionException;
import io.gantry.api.oci.Mount;
import io.gantry.api.oci.Spec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;

/**
 * Where a path of a running container lives on the host: inside the bind mount that holds it (a user's bind,
 * a volume, the engine's /etc files), else in its root file system. {@code inside} is already resolved in the
 * container (no links left), so only the rest below the mount point is joined, and that stays inside it.
 */
final class HostPaths {
    private HostPaths() {
    }

    static Path onHost(Spec spec, Path rootfs, String inside, String containerName) throws IOException {
        Optional<Mount> holder = spec.mounts.stream()
                .filter(m -> covers(m.destination(), inside))
                .max(Comparator.comparingInt(m -> m.destination().length()));
        if (holder.isEmpty() || holder.get().destination().equals("/")) {
            return RootfsPath.resolve(rootfs, inside);
        }
        Mount mount = holder.get();
        boolean bind = "bind".equals(mount.type()) || mount.options() != null
                && (mount.options().contains("bind") || mount.options().contains("rbind"));
        if (!bind) {
            throw new FailedPreconditionException("cannot copy into " + inside + " in container " + containerName
                    + ": it is on its " + mount.type() + " mount at " + mount.destination());
        }
        String below = inside.substring(mount.destination().length());
        return RootfsPath.resolve(Path.of(mount.source()), below.isEmpty() ? "/" : below);
    }

    private static boolean covers(String destination, String inside) {
        String normal = destination.endsWith("/") && destination.length() > 1
                ? destination.substring(0, destination.length() - 1) : destination;
        return inside.equals(normal) || inside.startsWith(normal.equals("/") ? "/" : normal + "/");
    }
}
