package io.gantry.layer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** The owner, mode and device number of a path itself (a link is not followed). */
public record FileAttributes(int mode, int uid, int gid, long rdev) {
    private static final int S_IFMT = 0170000;
    private static final int S_IFDIR = 0040000;
    private static final int S_IFCHR = 0020000;

    public static Optional<FileAttributes> of(Path path) throws IOException {
        try {
            Map<String, Object> unix = Files.readAttributes(path, "unix:mode,uid,gid,rdev", LinkOption.NOFOLLOW_LINKS);
            return Optional.of(new FileAttributes((Integer) unix.get("mode"), (Integer) unix.get("uid"),
                    (Integer) unix.get("gid"), (Long) unix.get("rdev")));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    public boolean isDirectory() {
        return (mode & S_IFMT) == S_IFDIR;
    }

    /** overlayfs marks a deleted lower entry with a 0:0 character device of the same name. */
    public boolean isWhiteout() {
        return (mode & S_IFMT) == S_IFCHR && rdev == 0;
    }

    /** What Docker compares for a directory: its mode and owner, not its size or time. */
    public boolean sameDirectoryAs(FileAttributes other) {
        return mode == other.mode && uid == other.uid && gid == other.gid;
    }
}
