package io.gantry.api.container.archive;

import java.time.Instant;

/**
 * A file in a container's file system, as {@code docker cp} shows it.
 *
 * @param name the last path element
 * @param unixMode st_mode: the file type bits (S_IFDIR, S_IFLNK, ...) and the permission bits
 * @param linkTarget the target of a symbolic link, else the empty string
 */
public record PathStat(String name, long size, int unixMode, Instant modified, String linkTarget) {
    public static final int S_IFMT = 0170000;
    public static final int S_IFDIR = 0040000;
    public static final int S_IFLNK = 0120000;

    public boolean isDirectory() {
        return (unixMode & S_IFMT) == S_IFDIR;
    }

    public boolean isSymlink() {
        return (unixMode & S_IFMT) == S_IFLNK;
    }
}
