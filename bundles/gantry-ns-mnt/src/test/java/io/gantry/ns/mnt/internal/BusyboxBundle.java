package io.gantry.ns.mnt.internal;

import io.gantry.api.container.ContainerConfig;
import io.gantry.api.spec.SpecContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An OCI bundle directory whose rootfs holds the static busybox and a few applet links. Everything is
 * world-readable, so that root of a user namespace (an unprivileged host uid) can reach it.
 */
final class BusyboxBundle {
    static final Path BUSYBOX = Path.of("/bin/busybox");
    private static final List<String> APPLETS = List.of("sh", "cat", "ls", "id", "hostname", "wc", "grep", "cut",
            "sleep", "readlink", "sort", "tr");

    private BusyboxBundle() {
    }

    static Path create(Path parent, String name) throws IOException {
        makeTraversable(parent);
        Path bundle = Files.createDirectory(parent.resolve(name));
        makeTraversable(bundle);
        Path rootfs = bundle.resolve("rootfs");
        for (String dir : List.of("bin", "proc", "sys", "dev", "etc", "tmp")) {
            makeTraversable(Files.createDirectories(rootfs.resolve(dir)));
        }
        makeTraversable(rootfs);
        Files.copy(BUSYBOX, rootfs.resolve("bin/busybox"));
        for (String applet : APPLETS) {
            Files.createSymbolicLink(rootfs.resolve("bin").resolve(applet), Path.of("busybox"));
        }
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
