package io.gantry.shell.internal.copy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/** Writes a host file or folder as a tar whose top entry has a given name; symbolic links stay links. */
final class HostTar {
    private HostTar() {
    }

    static void write(Path source, String topName, OutputStream out) throws IOException {
        TarArchiveOutputStream tar = new TarArchiveOutputStream(out);
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                add(tar, dir, name(dir) + "/");
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                add(tar, file, name(file));
                return FileVisitResult.CONTINUE;
            }

            private String name(Path p) {
                String relative = source.relativize(p).toString();
                return relative.isEmpty() ? topName : topName + "/" + relative;
            }
        });
        tar.finish();
    }

    private static void add(TarArchiveOutputStream tar, Path p, String name) throws IOException {
        PosixFileAttributes attrs = Files.readAttributes(p, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        TarArchiveEntry entry;
        if (attrs.isSymbolicLink()) {
            entry = new TarArchiveEntry(name, TarConstants.LF_SYMLINK);
            entry.setLinkName(Files.readSymbolicLink(p).toString());
        } else if (attrs.isDirectory() || attrs.isRegularFile()) {
            entry = new TarArchiveEntry(name);
            entry.setSize(attrs.isRegularFile() ? attrs.size() : 0);
        } else {
            return;
        }
        entry.setMode((entry.getMode() & ~0777) | bits(attrs.permissions()));
        entry.setModTime(attrs.lastModifiedTime());
        tar.putArchiveEntry(entry);
        if (attrs.isRegularFile()) {
            Files.copy(p, tar);
        }
        tar.closeArchiveEntry();
    }

    private static int bits(Set<PosixFilePermission> permissions) {
        int mode = 0;
        for (PosixFilePermission p : permissions) {
            mode |= 0400 >> p.ordinal();
        }
        return mode;
    }
}
