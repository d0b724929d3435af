package io.gantry.shell.internal.copy;

import io.gantry.api.InvalidArgumentException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Extracts a tar from a container into a host folder, and nowhere else: an entry whose name climbs out with
 * "..", or whose path runs through a symbolic link (one already there or one the tar made), is refused, and
 * files replace what is at their path instead of writing through it. Devices, fifos and sockets are skipped.
 */
final class HostExtraction {
    private final Path folder;
    private final String renameTop;

    /** @param folder an existing folder; @param renameTop the name the tar's top entry takes instead of its own, or null */
    HostExtraction(Path folder, String renameTop) throws IOException {
        this.folder = folder.toRealPath();
        this.renameTop = renameTop;
    }

    void extract(InputStream in) throws IOException {
        TarArchiveInputStream tar = new TarArchiveInputStream(in);
        for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
            Path target = inside(e.getName());
            if (target.equals(folder)) {
                continue;
            }
            if (e.isDirectory()) {
                directory(target, e);
            } else if (e.isSymbolicLink()) {
                replace(target);
                Files.createSymbolicLink(target, Path.of(e.getLinkName()));
            } else if (e.isLink()) {
                replace(target);
                Files.createLink(target, inside(e.getLinkName()));
            } else if (e.isFile()) {
                replace(target);
                Files.copy(tar, target);
                finish(target, e);
            }
        }
    }

    private void directory(Path target, TarArchiveEntry e) throws IOException {
        if (Files.isSymbolicLink(target) || Files.exists(target) && !Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            replace(target);
        }
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectory(target);
        }
        finish(target, e);
    }

    /** Clears the way for a non-folder entry; a folder is never replaced by one. */
    private static void replace(Path target) throws IOException {
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new InvalidArgumentException("cannot overwrite folder " + target + " with a non-folder");
        }
        Files.deleteIfExists(target);
    }

    private static void finish(Path target, TarArchiveEntry e) throws IOException {
        Files.setPosixFilePermissions(target, permissions(e.getMode()));
        Files.setLastModifiedTime(target, FileTime.from(e.getModTime().toInstant()));
    }

    /** The host path of an entry name, checked to stay under the folder without passing a symbolic link. */
    private Path inside(String entryName) {
        String name = entryName.replaceAll("^(\\./|/)+", "");
        if (renameTop != null && !name.isEmpty()) {
            int slash = name.indexOf('/');
            name = renameTop + (slash < 0 ? "" : name.substring(slash));
        }
        Path target = folder;
        for (String part : name.split("/")) {
            if (part.equals("..")) {
                throw refused(entryName, "it leaves the target folder");
            }
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (Files.isSymbolicLink(target)) {
                throw refused(entryName, "it goes through the symbolic link " + target);
            }
            target = target.resolve(part);
        }
        return target;
    }

    private static InvalidArgumentException refused(String entryName, String why) {
        return new InvalidArgumentException("refusing tar entry '" + entryName + "': " + why);
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
        for (PosixFilePermission p : PosixFilePermission.values()) {
            if ((mode & (0400 >> p.ordinal())) != 0) {
                set.add(p);
            }
        }
        return set;
    }
}
