package io.gantry.testkit.fake;

import io.gantry.api.container.attach.OutputChunk;
import io.gantry.api.container.attach.StdioStream;
import io.gantry.api.container.monitor.LogEntry;
import java.io.ByteArrayOutputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A process's stdio played by the test: it queues output with {@link #print} until {@link #endOutput}, and
 * collects what the process's stdin received. Closing it ends the output too.
 */
public final class FakeStdio implements StdioStream {
    private static final OutputChunk END = new OutputChunk(LogEntry.Stream.STDOUT, new byte[0]);

    /** Counted down when the client closes the process's stdin. */
    public final CountDownLatch stdinClosed = new CountDownLatch(1);
    /** Counted down when the client detaches (closes the stream). */
    public final CountDownLatch closed = new CountDownLatch(1);
    private final ByteArrayOutputStream stdin = new ByteArrayOutputStream();
    private final LinkedBlockingQueue<OutputChunk> output = new LinkedBlockingQueue<>();

    /** Queues output of the process, to be read in order. */
    public void print(LogEntry.Stream stream, String text) {
        output.add(new OutputChunk(stream, text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Ends the output once the queued pieces are read; every later read answers the end. */
    public void endOutput() {
        output.add(END);
    }

    /** Everything written to stdin so far, as UTF-8. */
    public synchronized String stdinText() {
        return stdin.toString(StandardCharsets.UTF_8);
    }

    @Override
    public OutputChunk read() throws InterruptedIOException {
        try {
            OutputChunk chunk = output.take();
            if (chunk == END) {
                output.add(END);
                return null;
            }
            return chunk;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted");
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
