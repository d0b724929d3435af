package io.gantry.api.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces files so that readers see either the old or the new content, even after a crash: the data is
 * written to a temporary file beside the target and synced, renamed over the target, then the folder is synced.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** What goes into a file, written to a stream; it may be of any size. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void write(Path target, byte[] content) throws IOException {
        write(target, out -> out.write(content));
    }

    /** Replaces {@code target} with what {@code content} writes; a failure leaves the old file as it was. */
    public static void write(Path target, Content content) throws IOException {
        Path temp = Files.createTempFile(folderOf(target), "." + target.getFileName(), ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                    OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            moveIntoPlace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Renames a complete, synced file over {@code target} and makes the rename itself durable. */
    public static void moveIntoPlace(Path source, Path target) throws IOException {
        Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncFolder(folderOf(target));
    }

    /**
     * Makes renames in the folder durable. Not every file system lets a folder be opened; there the rename is
     * still atomic, only its durability on power loss is weaker.
     */
    public static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException ignored) {
            // see above: best effort
        }
    }

    private static Path folderOf(Path target) {
        return target.toAbsolutePath().getParent();
    }
}
