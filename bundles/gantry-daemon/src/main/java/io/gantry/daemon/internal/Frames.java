package io.gantry.daemon.internal;

import io.gantry.api.container.LogEntry;
import io.gantry.api.container.OutputChunk;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Docker's multiplexed stream: each frame is [stream type, 0, 0, 0, big-endian uint32 length] and the
 * payload; stream type 1 is stdout, 2 is stderr.
 */
final class Frames {
    static final byte STDOUT = 1;
    static final byte STDERR = 2;
    static final int HEADER_BYTES = 8;

    private Frames() {
    }

    static byte[] frame(byte stream, byte[] payload) {
        return ByteBuffer.allocate(HEADER_BYTES + payload.length).put(stream).put(new byte[3])
                .putInt(payload.length).put(payload).array();
    }

    /** The bytes of a log record as the process wrote them, optionally after a timestamp. */
    static byte[] payload(LogEntry entry, boolean timestamps) {
        String text = entry.partial() ? entry.text() : entry.text() + "\n";
        return (timestamps ? entry.time() + " " + text : text).getBytes(StandardCharsets.UTF_8);
    }

    /** Live output framed for a process without a tty, or raw for one with a tty. */
    static byte[] encode(OutputChunk chunk, boolean tty) {
        return tty ? chunk.data() : frame(chunk.stream() == LogEntry.Stream.STDERR ? STDERR : STDOUT, chunk.data());
    }

    /** A record framed for a non-TTY container, or raw for a TTY one. */
    static byte[] encode(LogEntry entry, boolean tty, boolean timestamps) {
        byte[] payload = payload(entry, timestamps);
        return tty ? payload : frame(entry.stream() == LogEntry.Stream.STDERR ? STDERR : STDOUT, payload);
    }
}
