package io.gantry.core.internal.mounts;

import io.gantry.core.internal.files.RootfsPath;
import io.gantry.layer.FileTrees;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Docker's copy-up: a volume gets what the image has at the volume's path, folders, files and symbolic links with
 * their owner, mode and times, the volume's root taking the owner and mode of the image's folder (a database
 * image's data folder keeps its owner). A volume with anything in it is left as it is.
 */
final class VolumeCopyUp {
    private static final Logger LOG = LoggerFactory.getLogger(VolumeCopyUp.class);
    private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

    private VolumeCopyUp() {
    }

    /** Fills an empty volume folder; returns whether it copied. */
    static boolean fillIfEmpty(Path folder, Path rootfs, String target) throws IOException {
        try (var entries = Files.list(folder)) {
            if (entries.findAny().isPresent()) {
                return false;
            }
        }
        Path content = RootfsPath.resolve(rootfs, target);
        if (!Files.isDirectory(content, NOFOLLOW)) {
            return false;
        }
        Files.walkFileTree(content, new Copier(content, folder));
        return true;
    }

    /**
     * The folder of a volume made before volume drivers, under the container's own folder, made the first time
     * it is mounted; the copy is made beside it and renamed into place, so a copy cut short is made again.
     */
    static void ensure(Path folder, Path rootfs, String target) throws IOException {
        if (Files.isDirectory(folder, NOFOLLOW)) {
            return;
        }
        Path partial = folder.resolveSibling(folder.getFileName() + ".partial");
        FileTrees.delete(partial);
        Files.createDirectories(folder.getParent());
        Path content = RootfsPath.resolve(rootfs, target);
        if (Files.isDirectory(content, NOFOLLOW)) {
            Files.walkFileTree(content, new Copier(content, partial));
        } else {
            Files.createDirectory(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(
                    "rwxr-xr-x")));
        }
        Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
    }

    private static final class Copier extends SimpleFileVisitor<Path> {
        private final Path from;
        private final Path to;

        Copier(Path from, Path to) {
            this.from = from;
            this.to = to;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
            Path copy = to.resolve(from.relativize(dir));
            if (!dir.equals(from) || !Files.isDirectory(copy, NOFOLLOW)) {
                Files.createDirectory(copy);
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
            Path copy = to.resolve(from.relativize(file));
            if (attributes.isSymbolicLink()) {
                Files.createSymbolicLink(copy, Files.readSymbolicLink(file));
            } else if (attributes.isRegularFile()) {
                Files.copy(file, copy, NOFOLLOW);
            } else {
                LOG.debug("Not copying {} into a volume: only folders, files and links are", file);
                return FileVisitResult.CONTINUE;
            }
            keepOwnerModeAndTimes(file, copy, attributes);
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
            if (failure != null) {
                throw failure;
            }
            keepOwnerModeAndTimes(dir, to.resolve(from.relativize(dir)),
                    Files.readAttributes(dir, BasicFileAttributes.class, NOFOLLOW));
            return FileVisitResult.CONTINUE;
        }

        /** Owner first: changing it clears the set-id bits the mode then sets again. */
        private static void keepOwnerModeAndTimes(Path original, Path copy, BasicFileAttributes attributes)
                throws IOException {
            Files.setAttribute(copy, "unix:uid", Files.getAttribute(original, "unix:uid", NOFOLLOW), NOFOLLOW);
            Files.setAttribute(copy, "unix:gid", Files.getAttribute(original, "unix:gid", NOFOLLOW), NOFOLLOW);
            if (attributes.isSymbolicLink()) {
                return;
            }
            int mode = (Integer) Files.getAttribute(original, "unix:mode", NOFOLLOW) & 07777;
            Files.setAttribute(copy, "unix:mode", mode, NOFOLLOW);
            Files.setLastModifiedTime(copy, attributes.lastModifiedTime());
        }
    }
}
