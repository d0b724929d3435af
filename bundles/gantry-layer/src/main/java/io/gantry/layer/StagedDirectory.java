package io.gantry.layer;

import io.gantry.api.GantryException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates a directory atomically: fills a hidden temporary sibling, then renames it; on error deletes it. */
final class StagedDirectory {
    private static final Logger LOG = LoggerFactory.getLogger(StagedDirectory.class);

    private StagedDirectory() {
    }

    /** Runs {@code content} on a temporary directory, then {@code commit}, which must rename it to its place. */
    static void create(Path target, DirectoryContent content, Commit commit) {
        Path temp = null;
        try {
            Path parent = FileTrees.createTraversableDirectories(target.getParent());
            temp = Files.createTempDirectory(parent, ".tmp-" + target.getFileName() + "-");
            FileTrees.createTraversableDirectories(temp);
            content.writeInto(temp);
            commit.rename(temp);
            temp = null;
        } catch (IOException e) {
            throw new GantryException("cannot create " + target + ": " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                deleteQuietly(temp);
            }
        }
    }

    static void rename(Path temp, Path target) throws IOException {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void deleteQuietly(Path temp) {
        try {
            FileTrees.delete(temp);
        } catch (IOException e) {
            LOG.warn("cannot delete the temporary directory {}: {}", temp, e.getMessage());
        }
    }

    /** The step that moves the filled temporary directory into place, under whatever lock it needs. */
    @FunctionalInterface
    interface Commit {
        void rename(Path temp) throws IOException;
    }
}
