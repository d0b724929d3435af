package io.gantry.shim.internal;

import io.gantry.api.GantryException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Removes what the shim and conmon leave behind for a container. Every step is idempotent. */
final class ShimFiles {
    /** What conmon makes in the bundle folder: the attach socket and the control and window-size fifos. */
    private static final List<String> CONMON_BUNDLE_FILES = List.of("attach", "ctl", "winsz");

    private ShimFiles() {
    }

    /** The exit file, the attach socket link and the container's folder with its pid files. */
    static void removeRecords(ShimPaths paths, String id) {
        try {
            Files.deleteIfExists(paths.exitFile(id));
            deleteTree(paths.socketDir(id));
            deleteTree(paths.containerDir(id));
        } catch (IOException e) {
            throw new GantryException("cannot remove the shim files of container " + id + ": " + e, e);
        }
    }

    static void removeFromBundle(Path bundleDir) throws IOException {
        for (String name : CONMON_BUNDLE_FILES) {
            Files.deleteIfExists(bundleDir.resolve(name));
        }
    }

    /** Deletes a folder with its content, or a link without following it. */
    static void deleteTree(Path path) throws IOException {
        if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            Files.deleteIfExists(path);
            return;
        }
        try (Stream<Path> tree = Files.walk(path)) {
            for (Path file : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
