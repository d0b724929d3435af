package io.gantry.layer;

import io.gantry.api.container.monitor.FileChange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * The layer tar of a container's changes (as {@code docker diff} lists them) over its image: each added or
 * modified path as it is in the root file system (a folder by itself, its changed children as their own
 * entries), each deleted one as a {@code .wh.NAME} whiteout. A path under a symbolic link is left out, so that
 * nothing outside the root is read.
 */
public final class ChangesTar {
    private ChangesTar() {
    }

    /** Finishes the tar but leaves {@code out} open: the caller owns it. */
    public static void write(Path root, List<FileChange> changes, OutputStream out) throws IOException {
        TarArchiveOutputStream tar = new TarArchiveOutputStream(out);
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        List<FileChange> sorted = changes.stream().sorted(Comparator.comparing(FileChange::path)).toList();
        for (FileChange change : sorted) {
            String name = change.path().replaceFirst("^/+", "");
            if (name.isEmpty() || !root.resolve(name).normalize().startsWith(root)) {
                continue;
            }
            if (change.kind() == FileChange.Kind.DELETED) {
                addWhiteout(tar, name);
            } else {
                addFile(tar, root, name);
            }
        }
        tar.finish();
        tar.flush();
    }

    private static void addWhiteout(TarArchiveOutputStream tar, String name) throws IOException {
        int slash = name.lastIndexOf('/');
        String whiteout = name.substring(0, slash + 1) + ".wh." + name.substring(slash + 1);
        TarArchiveEntry entry = new TarArchiveEntry(whiteout);
        entry.setMode(0);
        tar.putArchiveEntry(entry);
        tar.closeArchiveEntry();
    }

    private static void addFile(TarArchiveOutputStream tar, Path root, String name) throws IOException {
        Path path = root.resolve(name);
        if (!parentsAreFolders(root, path)) {
            return;
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return;
        }
        TreeTar.add(tar, path, attributes.isDirectory() ? name + "/" : name, attributes);
    }

    private static boolean parentsAreFolders(Path root, Path path) {
        for (Path folder = path.getParent(); folder != null && !folder.equals(root); folder = folder.getParent()) {
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
        }
        return true;
    }
}
