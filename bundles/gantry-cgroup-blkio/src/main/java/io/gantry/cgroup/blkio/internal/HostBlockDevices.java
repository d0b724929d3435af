package io.gantry.cgroup.blkio.internal;

import io.gantry.api.InvalidArgumentException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Resolves a device path of this host through stat(2): its mode must be a block device's, rdev gives the number. */
final class HostBlockDevices implements DeviceResolver {
    private static final int S_IFMT = 0170000;
    private static final int S_IFBLK = 0060000;

    @Override
    public DeviceNumber resolve(String path, String flag) {
        int mode;
        long rdev;
        try {
            Path file = Path.of(path);
            mode = (Integer) Files.getAttribute(file, "unix:mode");
            rdev = (Long) Files.getAttribute(file, "unix:rdev");
        } catch (NoSuchFileException e) {
            throw invalidPath(path, flag, "no such file");
        } catch (IOException | InvalidPathException e) {
            throw invalidPath(path, flag, e.getMessage());
        }
        if ((mode & S_IFMT) != S_IFBLK) {
            throw invalidPath(path, flag, "not a block device");
        }
        return new DeviceNumber(major(rdev), minor(rdev));
    }

    /** glibc's gnu_dev_major. */
    static long major(long rdev) {
        return ((rdev >>> 8) & 0xfff) | ((rdev >>> 32) & ~0xfffL);
    }

    /** glibc's gnu_dev_minor. */
    static long minor(long rdev) {
        return (rdev & 0xff) | ((rdev >>> 12) & ~0xffL);
    }

    private static InvalidArgumentException invalidPath(String path, String flag, String why) {
        return new InvalidArgumentException("invalid device path " + path + " for " + flag + ": " + why);
    }
}
