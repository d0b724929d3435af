package io.gantry.storage.vfs.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Optional;

/** What Docker compares of a path in two trees; a link is described, not followed. */
record Entry(int mode, int uid, int gid, long rdev, long size, FileTime modified, Path linkTarget) {
    private static final int S_IFMT = 0170000;
    private static final int S_IFDIR = 0040000;
    private static final int S_IFLNK = 0120000;

    static Optional<Entry> of(Path path) throws IOException {
        Map<String, Object> unix;
        try {
            unix = Files.readAttributes(path, "unix:mode,uid,gid,rdev,size,lastModifiedTime", LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        int mode = (Integer) unix.get("mode");
        Path target = (mode & S_IFMT) == S_IFLNK ? Files.readSymbolicLink(path) : null;
        return Optional.of(new Entry(mode, (Integer) unix.get("uid"), (Integer) unix.get("gid"),
                (Long) unix.get("rdev"), (Long) unix.get("size"), (FileTime) unix.get("lastModifiedTime"), target));
    }

    boolean isDirectory() {
        return (mode & S_IFMT) == S_IFDIR;
    }

    /**
     * Whether the entry changed, as Docker's naive diff decides: type, mode, owner and device number, and for
     * anything but a folder its size, modification time and link target (a folder's size and time say nothing).
     */
    boolean differsFrom(Entry before) {
        if (mode != before.mode || uid != before.uid || gid != before.gid || rdev != before.rdev) {
            return true;
        }
        return !isDirectory() && (size != before.size || !modified.equals(before.modified)
                || linkTarget != null && !linkTarget.equals(before.linkTarget));
    }
}
