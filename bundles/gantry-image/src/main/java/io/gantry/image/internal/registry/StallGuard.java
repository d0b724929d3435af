package io.gantry.image.internal.registry;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A response body that gives up when a read waits longer than the timeout: the request timeout covers the
 * wait for the headers only, and a registry may stall in the middle of a blob. A check that runs every half
 * timeout closes the body under a waiting read, which then fails.
 */
final class StallGuard extends FilterInputStream {
    private final Duration timeout;
    private final String what;
    private volatile boolean closed;
    private volatile boolean stalled;
    private volatile boolean reading;
    private volatile long waitingSince;

    StallGuard(InputStream body, Duration timeout, String what) {
        super(body);
        this.timeout = timeout;
        this.what = what;
        scheduleCheck();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        waitingSince = System.nanoTime();
        reading = true;
        try {
            return super.read(buffer, offset, length);
        } catch (IOException e) {
            if (stalled) {
                throw new IOException(what + " sent nothing for " + timeout.toSeconds() + "s", e);
            }
            throw e;
        } finally {
            reading = false;
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        super.close();
    }

    private void scheduleCheck() {
        long half = Math.max(1, timeout.toMillis() / 2);
        CompletableFuture.delayedExecutor(half, TimeUnit.MILLISECONDS).execute(this::check);
    }

    private void check() {
        if (closed) {
            return;
        }
        if (reading && System.nanoTime() - waitingSince > timeout.toNanos()) {
            stalled = true;
            try {
                in.close();
            } catch (IOException ignored) {
                // the waiting read fails either way
            }
            return;
        }
        scheduleCheck();
    }
}
