package io.gantry.daemon.internal;

import io.gantry.api.container.LogEntry;
import io.gantry.api.container.OutputChunk;
import io.gantry.api.container.StdioStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;

/** A process's stdio played by the test: it queues output, ends it, and collects what stdin received. */
final class FakeStdio implements StdioStream {
    private static final OutputChunk END = new OutputChunk(LogEntry.Stream.STDOUT, new byte[0]);

    final ByteArrayOutputStream stdin = new ByteArrayOutputStream();
    final CountDownLatch stdinClosed = new CountDownLatch(1);
    final CountDownLatch closed = new CountDownLatch(1);
    private final LinkedBlockingQueue<OutputChunk> output = new LinkedBlockingQueue<>();

    void print(LogEntry.Stream stream, String text) {
        output.add(new OutputChunk(stream, text.getBytes(StandardCharsets.UTF_8)));
    }

    void endOutput() {
        output.add(END);
    }

    synchronized String stdinText() {
        return stdin.toString(StandardCharsets.UTF_8);
    }

    @Override
    public OutputChunk read() throws java.io.IOException {
        try {
            OutputChunk chunk = output.take();
            if (chunk == END) {
                output.add(END);
                return null;
            }
            return chunk;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted");
        }
    }

    @Override
    public synchronized void write(byte[] data, int offset, int length) {
        stdin.write(data, offset, length);
    }

    @Override
    public void closeStdin() {
        stdinClosed.countDown();
    }

    @Override
    public void close() {
        closed.countDown();
        endOutput();
    }
}
