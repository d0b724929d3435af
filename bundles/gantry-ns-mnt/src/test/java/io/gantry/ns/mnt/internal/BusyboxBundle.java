package io.gantry.ns.mnt.internal;

import io.gantry.api.container.ContainerConfig;
import io.gantry.api.spec.SpecContext;
import io.gantry.testkit.BusyboxRootfs;
import io.gantry.testkit.FakeSpecContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An OCI bundle directory whose rootfs is a {@link BusyboxRootfs} with empty /etc/hostname, hosts and
 * resolv.conf to mount over. The way in is world-readable, so that root of a user namespace (an unprivileged
 * host uid) can reach it.
 */
final class BusyboxBundle {
    private BusyboxBundle() {
    }

    static Path create(Path parent, String name) throws IOException {
        makeTraversable(parent);
        Path bundle = Files.createDirectory(parent.resolve(name));
        makeTraversable(bundle);
        Path rootfs = bundle.resolve("rootfs");
        BusyboxRootfs.fromHost().writeTo(rootfs);
        makeTraversable(rootfs);
        for (String file : List.of("hostname", "hosts", "resolv.conf")) {
            Files.createFile(rootfs.resolve("etc").resolve(file));
        }
        return bundle;
    }

    static SpecContext context(String id, ContainerConfig config, Path bundle, Map<String, Integer> running) {
        return new FakeSpecContext(id, config, bundle, running, Optional.empty());
    }

    private static Path makeTraversable(Path dir) throws IOException {
        return Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
