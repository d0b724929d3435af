package io.gantry.runtime.oci.process;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reads one output stream of a child process to its end on a thread of its own. */
final class StreamCollector {
    private final InputStream stream;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final Thread reader;

    private StreamCollector(InputStream stream, String threadName) {
        this.stream = stream;
        this.reader = new Thread(this::drain, threadName);
        reader.setDaemon(true);
    }

    static StreamCollector start(InputStream stream, String threadName) {
        StreamCollector collector = new StreamCollector(stream, threadName);
        collector.reader.start();
        return collector;
    }

    private void drain() {
        byte[] buffer = new byte[8192];
        try (stream) {
            for (int n = stream.read(buffer); n >= 0; n = stream.read(buffer)) {
                synchronized (bytes) {
                    bytes.write(buffer, 0, n);
                }
            }
        } catch (IOException closed) {
            // closed by text() after its wait: what was read is kept
        }
    }

    /**
     * What was read, once the stream ended or {@code waitMillis} passed. A child's own children may hold
     * the pipe open after the child exited; then the text so far is returned and the reader, a daemon
     * thread, ends when they close it.
     */
    String text(long waitMillis) throws InterruptedException {
        reader.join(Math.max(1, waitMillis));
        if (reader.isAlive()) {
            close();
        }
        synchronized (bytes) {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }

    void close() {
        try {
            stream.close();
        } catch (IOException ignored) {
            // nothing more to read either way
        }
    }
}
