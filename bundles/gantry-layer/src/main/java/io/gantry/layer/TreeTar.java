package io.gantry.layer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/**
 * Writes a file tree as a tar, never following a symbolic link (links are stored as links). Folders, regular
 * files and links are written with their mode, owner and time; sockets, fifos and devices are left out.
 */
public final class TreeTar {
    private TreeTar() {
    }

    /**
     * Finishes the tar but leaves {@code out} open: the caller owns it.
     *
     * @param topName the name of {@code source} in the tar, or "" to store what is under it at the top
     */
    public static void write(Path source, String topName, OutputStream out) throws IOException {
        TarArchiveOutputStream tar = new TarArchiveOutputStream(out);
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                String name = nameOf(source, dir, topName);
                if (!name.isEmpty()) {
                    add(tar, dir, name + "/", attributes);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                add(tar, file, nameOf(source, file, topName), attributes);
                return FileVisitResult.CONTINUE;
            }
        });
        tar.finish();
        tar.flush();
    }

    private static String nameOf(Path source, Path path, String topName) {
        String relative = source.relativize(path).toString();
        if (topName.isEmpty()) {
            return relative;
        }
        return relative.isEmpty() ? topName : topName + "/" + relative;
    }

    static void add(TarArchiveOutputStream tar, Path path, String name, BasicFileAttributes attributes)
            throws IOException {
        TarArchiveEntry entry;
        if (attributes.isSymbolicLink()) {
            entry = new TarArchiveEntry(name, TarConstants.LF_SYMLINK);
            entry.setLinkName(Files.readSymbolicLink(path).toString());
        } else if (attributes.isDirectory() || attributes.isRegularFile()) {
            entry = new TarArchiveEntry(name);
            if (attributes.isRegularFile()) {
                entry.setSize(attributes.size());
            }
        } else {
            return;
        }
        Map<String, Object> unix = Files.readAttributes(path, "unix:mode,uid,gid", LinkOption.NOFOLLOW_LINKS);
        entry.setMode((Integer) unix.get("mode") & 07777);
        entry.setIds((Integer) unix.get("uid"), (Integer) unix.get("gid"));
        entry.setModTime(attributes.lastModifiedTime());
        tar.putArchiveEntry(entry);
        if (attributes.isRegularFile()) {
            try (InputStream in = Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS)) {
                copyExactly(in, tar, attributes.size());
            }
        }
        tar.closeArchiveEntry();
    }

    /** A file that grows or shrinks while it is read must still fill exactly the size in its header. */
    private static void copyExactly(InputStream in, OutputStream out, long size) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long left = size;
        while (left > 0) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) {
                break;
            }
            out.write(buffer, 0, read);
            left -= read;
        }
        while (left > 0) {
            int chunk = (int) Math.min(buffer.length, left);
            out.write(new byte[chunk]);
            left -= chunk;
        }
    }
}
