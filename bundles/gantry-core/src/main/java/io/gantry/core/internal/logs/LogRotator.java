package io.gantry.core.internal.logs;

import io.gantry.api.container.log.Rotation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.zip.GZIPOutputStream;

/**
 * Rotates one container's log as Docker's json-file does: the rotated files move up one index, the oldest beyond
 * max-file goes, the live file becomes {@code .1} and the monitor reopens a new live file. Lines written between
 * the rename and the reopen land in {@code .1}, so none is lost; {@code .1} is compressed only once the monitor
 * writes to the new file (or has ended).
 */
final class LogRotator {
    private static final Duration REOPEN_WAIT = Duration.ofSeconds(5);
    private static final long POLL_MILLIS = 10;

    private LogRotator() {
    }

    /**
     * @param reopen has the monitor open a new live file
     * @param writing whether the monitor still runs, and so will reopen
     */
    static void rotate(LogFiles files, Rotation rotation, Runnable reopen, BooleanSupplier writing)
            throws IOException, InterruptedException {
        int kept = rotation.maxFiles() - 1;
        Path target = kept > 0 ? files.rotated(1)
                : files.live().resolveSibling(files.live().getFileName() + ".dropped");
        if (kept > 0) {
            Files.deleteIfExists(files.rotated(kept));
            Files.deleteIfExists(files.compressed(kept));
            for (int i = kept - 1; i >= 1; i--) {
                moveIfExists(files.rotated(i), files.rotated(i + 1));
                moveIfExists(files.compressed(i), files.compressed(i + 1));
            }
        }
        Files.move(files.live(), target, StandardCopyOption.ATOMIC_MOVE);
        try {
            reopen.run();
        } catch (RuntimeException e) {
            // a monitor that ended meanwhile has nothing to reopen; the rotation still completes
            if (writing.getAsBoolean()) {
                throw e;
            }
        }
        boolean settled = awaitReopened(files.live(), writing);
        if (!settled && !writing.getAsBoolean()) {
            // the monitor ended before it reopened: the log still has its live file, as Docker's always has
            createIfMissing(files.live());
            settled = true;
        }
        if (kept == 0) {
            Files.deleteIfExists(target);
        } else if (rotation.compress() && settled) {
            gzip(target, files.compressed(1));
        }
    }

    private static boolean awaitReopened(Path live, BooleanSupplier writing) throws InterruptedException {
        Instant deadline = Instant.now().plus(REOPEN_WAIT);
        while (!Files.exists(live)) {
            if (!writing.getAsBoolean() || Instant.now().isAfter(deadline)) {
                return false;
            }
            Thread.sleep(POLL_MILLIS);
        }
        return true;
    }

    /** Written aside and renamed into place, so that a reader never sees half a gzip file. */
    private static void gzip(Path plain, Path gz) throws IOException {
        Path part = gz.resolveSibling(gz.getFileName() + ".part");
        try (InputStream in = Files.newInputStream(plain);
                OutputStream out = new GZIPOutputStream(Files.newOutputStream(part))) {
            in.transferTo(out);
        }
        Files.move(part, gz, StandardCopyOption.ATOMIC_MOVE);
        Files.delete(plain);
    }

    private static void createIfMissing(Path file) throws IOException {
        try {
            Files.createFile(file);
        } catch (FileAlreadyExistsException e) {
            // a new monitor made it meanwhile
        }
    }

    private static void moveIfExists(Path from, Path to) throws IOException {
        if (Files.exists(from)) {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
