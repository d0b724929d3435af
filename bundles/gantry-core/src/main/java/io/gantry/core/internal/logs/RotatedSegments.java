package io.gantry.core.internal.logs;

import java.io.IOException;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The rotated files of a log, oldest first, all opened at once so that a rotation while they are read moves or
 * deletes nothing under the reader. A file that is the opened live one (rotated since) is left out.
 */
final class RotatedSegments implements AutoCloseable {
    private final List<ReadableByteChannel> channels;

    private RotatedSegments(List<ReadableByteChannel> channels) {
        this.channels = channels;
    }

    static RotatedSegments open(LogFiles files, Object liveKey) throws IOException {
        List<ReadableByteChannel> channels = new ArrayList<>();
        RotatedSegments segments = new RotatedSegments(channels);
        try {
            for (Path file : files.rotatedOldestFirst()) {
                try {
                    if (liveKey == null || !Objects.equals(liveKey,
                            Files.readAttributes(file, BasicFileAttributes.class).fileKey())) {
                        channels.add(LogFiles.openRotated(file));
                    }
                } catch (NoSuchFileException e) {
                    compressedSince(file).ifPresent(channels::add);
                }
            }
            return segments;
        } catch (IOException | RuntimeException e) {
            segments.close();
            throw e;
        }
    }

    /** A plain rotated file that went while being listed was compressed, unless it was the oldest and dropped. */
    private static Optional<ReadableByteChannel> compressedSince(Path plain) throws IOException {
        if (plain.toString().endsWith(LogFiles.GZIP)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LogFiles.openRotated(plain.resolveSibling(plain.getFileName() + LogFiles.GZIP)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    List<ReadableByteChannel> channels() {
        return channels;
    }

    @Override
    public void close() throws IOException {
        for (ReadableByteChannel channel : channels) {
            channel.close();
        }
    }
}
