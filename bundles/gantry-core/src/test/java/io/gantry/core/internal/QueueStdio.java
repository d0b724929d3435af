package io.gantry.core.internal;

import io.gantry.api.container.attach.OutputChunk;
import io.gantry.api.container.attach.StdioStream;
import io.gantry.api.container.monitor.LogEntry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.LinkedBlockingQueue;

/** Stdio whose output the test queues and whose stdin it reads back. */
final class QueueStdio implements StdioStream {
    private static final OutputChunk END = new OutputChunk(LogEntry.Stream.STDOUT, new byte[0]);

    private final LinkedBlockingQueue<OutputChunk> output = new LinkedBlockingQueue<>();
    private final ByteArrayOutputStream stdin = new ByteArrayOutputStream();
    volatile boolean stdinClosed;
    volatile boolean closed;

    void print(String text) {
        output.add(new OutputChunk(LogEntry.Stream.STDOUT, text.getBytes(StandardCharsets.UTF_8)));
    }

    void endOutput() {
        output.add(END);
    }

    synchronized String stdinText() {
        return stdin.toString(StandardCharsets.UTF_8);
    }

    @Override
    public OutputChunk read() throws IOException {
        try {
            OutputChunk chunk = output.take();
            return chunk == END ? null : chunk;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException();
        }
    }

    @Override
    public synchronized void write(byte[] data, int offset, int length) {
        stdin.write(data, offset, length);
    }

    @Override
    public void closeStdin() {
        stdinClosed = true;
    }

    @Override
    public void close() {
        closed = true;
    }
}
