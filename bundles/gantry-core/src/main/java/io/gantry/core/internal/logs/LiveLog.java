package io.gantry.core.internal.logs;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * The live log file as opened once, or none while it does not exist (between a rotation's rename and the
 * monitor's reopen). It tells when the path holds another file than the one opened: the log was rotated.
 */
final class LiveLog implements AutoCloseable {
    private final Path path;
    private final FileChannel channel;
    private final Object fileKey;

    private LiveLog(Path path, FileChannel channel, Object fileKey) {
        this.path = path;
        this.channel = channel;
        this.fileKey = fileKey;
    }

    static LiveLog open(Path path) throws IOException {
        while (true) {
            try {
                Object before = key(path);
                FileChannel channel = FileChannel.open(path);
                Object after = key(path);
                if (before.equals(after)) {
                    return new LiveLog(path, channel, after);
                }
                // rotated while being opened: which file the channel holds is not known
                channel.close();
            } catch (NoSuchFileException e) {
                return new LiveLog(path, null, null);
            }
        }
    }

    /** Null while there is no live file. */
    FileChannel channel() {
        return channel;
    }

    Object fileKey() {
        return fileKey;
    }

    /** Whether a file other than the opened one now exists at the path. */
    boolean replaced() throws IOException {
        try {
            return !Objects.equals(key(path), fileKey);
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    private static Object key(Path path) throws IOException {
        return Files.readAttributes(path, BasicFileAttributes.class).fileKey();
    }

    @Override
    public void close() throws IOException {
        if (channel != null) {
            channel.close();
        }
    }
}
