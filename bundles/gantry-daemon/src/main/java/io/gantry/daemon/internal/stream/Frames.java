package io.gantry.daemon.internal.stream;

import io.gantry.api.container.attach.OutputChunk;
import io.gantry.api.container.monitor.LogEntry;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Docker's stdio streams: a tty's output raw, any other multiplexed in frames. Each frame is [stream type, 0, 0,
 * 0, big-endian uint32 length] and the payload; stream type 1 is stdout, 2 is stderr.
 */
public final class Frames {
    /** The content type of a tty's output: the bytes as the process wrote them. */
    public static final String RAW_STREAM = "application/vnd.docker.raw-stream";
    /** The content type of output in frames. */
    public static final String MULTIPLEXED_STREAM = "application/vnd.docker.multiplexed-stream";
    public static final byte STDOUT = 1;
    public static final byte STDERR = 2;
    static final int HEADER_BYTES = 8;

    private Frames() {
    }

    public static byte[] frame(byte stream, byte[] payload) {
        return ByteBuffer.allocate(HEADER_BYTES + payload.length).put(stream).put(new byte[3])
                .putInt(payload.length).put(payload).array();
    }

    /** The bytes of a log record as the process wrote them, optionally after a timestamp. */
    static byte[] payload(LogEntry entry, boolean timestamps) {
        String text = entry.partial() ? entry.text() : entry.text() + "\n";
        return (timestamps ? entry.time() + " " + text : text).getBytes(StandardCharsets.UTF_8);
    }

    /** Live output framed for a process without a tty, or raw for one with a tty. */
    public static byte[] encode(OutputChunk chunk, boolean tty) {
        return tty ? chunk.data() : frame(chunk.stream() == LogEntry.Stream.STDERR ? STDERR : STDOUT, chunk.data());
    }

    /** A record framed for a non-TTY container, or raw for a TTY one. */
    public static byte[] encode(LogEntry entry, boolean tty, boolean timestamps) {
        byte[] payload = payload(entry, timestamps);
        return tty ? payload : frame(entry.stream() == LogEntry.Stream.STDERR ? STDERR : STDOUT, payload);
    }
}
