package io.gantry.core.internal.logs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;

/**
 * Reads whole lines from a file that may still be growing: a line without its newline yet is kept until
 * the rest arrives.
 */
final class LineSplitter {
    private final ReadableByteChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
    private final ByteArrayOutputStream partLine = new ByteArrayOutputStream();

    /** @param channel null for a file that does not exist (yet): nothing to read */
    LineSplitter(ReadableByteChannel channel) {
        this.channel = channel;
    }

    /**
     * Hands every complete line available now to {@code consumer}.
     *
     * @return false as soon as the consumer returns false
     */
    boolean drain(Predicate<String> consumer) throws IOException {
        if (channel == null) {
            return true;
        }
        while (true) {
            buffer.clear();
            int read = channel.read(buffer);
            if (read <= 0) {
                return true;
            }
            byte[] bytes = buffer.array();
            int lineStart = 0;
            for (int i = 0; i < read; i++) {
                if (bytes[i] == '\n') {
                    partLine.write(bytes, lineStart, i - lineStart);
                    String line = partLine.toString(StandardCharsets.UTF_8);
                    partLine.reset();
                    lineStart = i + 1;
                    if (!consumer.test(line)) {
                        return false;
                    }
                }
            }
            partLine.write(bytes, lineStart, read - lineStart);
        }
    }
}
