package io.gantry.layer;

import io.gantry.layer.internal.Metadata;
import io.gantry.natives.Syscalls;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies a file tree the way {@code cp -a} does: symlinks are copied, never followed; modes (setuid, setgid,
 * sticky), owners and modification times are kept; device nodes and fifos are recreated; files that are hard
 * links of each other within the tree stay hard links. Sockets are skipped.
 */
public final class TreeCopier {
    private static final Logger LOG = LoggerFactory.getLogger(TreeCopier.class);
    private static final int S_IFMT = 0170000;
    private static final int S_IFREG = 0100000;
    private static final int S_IFLNK = 0120000;
    private static final int S_IFSOCK = 0140000;

    private final Syscalls syscalls;
    private final Metadata metadata;

    public TreeCopier(Syscalls syscalls) {
        this.syscalls = syscalls;
        this.metadata = new Metadata(syscalls);
    }

    /** Copies the directory {@code source} to {@code target}, which must not exist yet. */
    public void copy(Path source, Path target) throws IOException {
        Map<String, Path> copiedInodes = new HashMap<>();
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectory(target.resolve(source.relativize(dir)));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                copyEntry(file, target.resolve(source.relativize(file)), copiedInodes);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Map<String, Object> unix = unixAttributes(dir);
                copyMetadata(target.resolve(source.relativize(dir)), unix, true);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void copyEntry(Path file, Path copy, Map<String, Path> copiedInodes) throws IOException {
        Map<String, Object> unix = unixAttributes(file);
        int mode = (Integer) unix.get("mode");
        int type = mode & S_IFMT;
        if (type == S_IFREG) {
            String inode = unix.get("dev") + ":" + unix.get("ino");
            Path earlierCopy = (Integer) unix.get("nlink") > 1 ? copiedInodes.putIfAbsent(inode, copy) : null;
            if (earlierCopy != null) {
                Files.createLink(copy, earlierCopy);
                return;
            }
            Files.copy(file, copy, LinkOption.NOFOLLOW_LINKS);
        } else if (type == S_IFLNK) {
            Files.createSymbolicLink(copy, Files.readSymbolicLink(file));
        } else if (type == S_IFSOCK) {
            LOG.debug("not copying the socket {}", file);
            return;
        } else {
            syscalls.mknod(copy.toString(), mode, (Long) unix.get("rdev"));
        }
        copyMetadata(copy, unix, type != S_IFLNK);
    }

    private void copyMetadata(Path copy, Map<String, Object> unix, boolean withMode) {
        int uid = (Integer) unix.get("uid");
        int gid = (Integer) unix.get("gid");
        if (withMode) {
            metadata.ownerAndMode(copy, uid, gid, (Integer) unix.get("mode"));
        } else {
            metadata.owner(copy, uid, gid);
        }
        metadata.modificationTime(copy, (FileTime) unix.get("lastModifiedTime"));
    }

    private static Map<String, Object> unixAttributes(Path path) throws IOException {
        return Files.readAttributes(path, "unix:mode,uid,gid,rdev,dev,ino,nlink,lastModifiedTime",
                LinkOption.NOFOLLOW_LINKS);
    }
}
