package io.gantry.testkit.fake;

import io.gantry.api.NotFoundException;
import io.gantry.api.container.archive.PathStat;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/** {@link FakeArchive}'s files when they are a folder on disk: stats of its paths and tars in and out of it. */
final class RootfsTars {
    private RootfsTars() {
    }

    static PathStat stat(Path rootfs, String path) {
        Path p = inside(rootfs, path);
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            throw new NotFoundException("no such file " + path);
        }
        try {
            boolean link = Files.isSymbolicLink(p);
            boolean folder = !link && Files.isDirectory(p);
            int type = link ? PathStat.S_IFLNK : folder ? PathStat.S_IFDIR : 0100000;
            return new PathStat(p.equals(rootfs) ? "/" : p.getFileName().toString(),
                    folder || link ? 0 : Files.size(p), type | permissions(p),
                    Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toInstant(),
                    link ? Files.readSymbolicLink(p).toString() : "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A tar whose top entry is named after the last element of {@code path}. */
    static void write(Path rootfs, String path, OutputStream out) throws IOException {
        TarArchiveOutputStream tar = new TarArchiveOutputStream(out);
        Path top = inside(rootfs, path);
        try (var walk = Files.walk(top)) {
            for (Path p : walk.toList()) {
                String name = top.getFileName() + (p.equals(top) ? "" : "/" + top.relativize(p));
                TarArchiveEntry entry = new TarArchiveEntry(name + (Files.isDirectory(p) ? "/" : ""));
                entry.setSize(Files.isDirectory(p) ? 0 : Files.size(p));
                tar.putArchiveEntry(entry);
                if (!Files.isDirectory(p)) {
                    Files.copy(p, tar);
                }
                tar.closeArchiveEntry();
            }
        }
        tar.finish();
    }

    /** Extracts into the folder at {@code path}, trusting the entry names: the tests' own tars only. */
    static void extract(InputStream in, Path rootfs, String path) {
        try {
            TarArchiveInputStream tar = new TarArchiveInputStream(in);
            for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                Path target = inside(rootfs, path).resolve(e.getName());
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else if (e.isSymbolicLink()) {
                    Files.createSymbolicLink(target, Path.of(e.getLinkName()));
                } else {
                    Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path inside(Path rootfs, String path) {
        return rootfs.resolve(path.replaceAll("^/+", ""));
    }

    private static int permissions(Path p) throws IOException {
        Set<PosixFilePermission> given = Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS);
        int mode = 0;
        for (PosixFilePermission permission : PosixFilePermission.values()) {
            mode = (mode << 1) | (given.contains(permission) ? 1 : 0);
        }
        return mode;
    }
}
