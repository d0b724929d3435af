package io.gantry.core.internal.spec;

import io.gantry.api.GantryException;
import io.gantry.api.oci.LinuxDevice;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Device nodes of the host, described as the runtime recreates them in a container's /dev. */
final class DeviceNodes {
    private static final int S_IFMT = 0170000;
    private static final int S_IFCHR = 0020000;
    private static final int S_IFBLK = 0060000;
    /** Folders of /dev that hold no host devices a container should get, as runc skips them. */
    private static final Set<String> SKIPPED = Set.of("pts", "shm", "fd", "mqueue", ".lxc", ".lxd-mounts", ".udev");

    private DeviceNodes() {
    }

    /** The character or block device at {@code hostPath} (links followed), empty for anything else. */
    static Optional<LinuxDevice> of(Path hostPath, String containerPath, LinkOption... options) throws IOException {
        Map<String, Object> unix = Files.readAttributes(hostPath, "unix:mode,rdev,uid,gid", options);
        int mode = (Integer) unix.get("mode");
        int type = mode & S_IFMT;
        if (type != S_IFCHR && type != S_IFBLK) {
            return Optional.empty();
        }
        long rdev = (Long) unix.get("rdev");
        long major = ((rdev >>> 8) & 0xfff) | ((rdev >>> 32) & ~0xfffL);
        long minor = (rdev & 0xff) | ((rdev >>> 12) & ~0xffL);
        return Optional.of(new LinuxDevice(containerPath, type == S_IFCHR ? "c" : "b", major, minor, mode & 0777,
                (Integer) unix.get("uid"), (Integer) unix.get("gid")));
    }

    /** Every device under the host's /dev but its console, for privileged containers. */
    static List<LinuxDevice> onHost() {
        Path dev = Path.of("/dev");
        List<LinuxDevice> devices = new ArrayList<>();
        try {
            Files.walkFileTree(dev, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return SKIPPED.contains(dir.getFileName().toString()) && dir.getParent().equals(dev)
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    if (attrs.isOther() && !file.equals(dev.resolve("console"))) {
                        of(file, file.toString(), LinkOption.NOFOLLOW_LINKS).ifPresent(devices::add);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new GantryException("cannot list the host's devices: " + e.getMessage(), e);
        }
        return devices;
    }
}
