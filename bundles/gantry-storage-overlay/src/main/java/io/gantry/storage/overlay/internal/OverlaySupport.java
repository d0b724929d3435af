package io.gantry.storage.overlay.internal;

import io.gantry.api.GantryException;
import io.gantry.natives.NativeException;
import io.gantry.natives.Syscalls;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The host side of overlay: whether the kernel can do it here, and unmounting. */
final class OverlaySupport {
    private static final Logger LOG = LoggerFactory.getLogger(OverlaySupport.class);
    private static final Path FILESYSTEMS = Path.of("/proc/filesystems");

    private OverlaySupport() {
    }

    /** overlay is in /proc/filesystems and {@code root} is not itself on overlayfs, which cannot be an upper. */
    static boolean isSupported(Syscalls syscalls, Path root) {
        try (Stream<String> lines = Files.lines(FILESYSTEMS)) {
            if (lines.noneMatch(line -> line.endsWith("\toverlay"))) {
                return false;
            }
            return syscalls.fileSystemType(nearestExisting(root).toString()) != Syscalls.OVERLAYFS_SUPER_MAGIC;
        } catch (IOException | NativeException e) {
            LOG.info("overlay storage is not usable: {}", e.getMessage());
            return false;
        }
    }

    /** Unmounts if mounted; falls back to a lazy unmount only when the mount is busy. */
    static void unmount(Syscalls syscalls, Path mountPoint, String containerId) {
        String target = mountPoint.toString();
        if (!syscalls.isMountPoint(target)) {
            return;
        }
        try {
            try {
                syscalls.umount2(target, 0);
            } catch (NativeException e) {
                if (e.errno() != Syscalls.EBUSY) {
                    throw e;
                }
                LOG.warn("root file system of container {} is busy; detaching it", containerId);
                syscalls.umount2(target, Syscalls.MNT_DETACH);
            }
        } catch (NativeException e) {
            throw new GantryException("cannot unmount the root file system of container " + containerId + ": "
                    + e.getMessage(), e);
        }
    }

    private static Path nearestExisting(Path path) {
        Path current = path.toAbsolutePath();
        while (current != null && !Files.exists(current)) {
            current = current.getParent();
        }
        return current == null ? Path.of("/") : current;
    }
}
