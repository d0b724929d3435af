package io.gantry.image.internal.content;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A filter that shows a subclass every byte read exactly once, and each read that finds the end of the stream.
 * Skipped bytes are read through it, and mark/reset is refused, since replayed bytes would be shown twice.
 */
public abstract class ObservingInputStream extends FilterInputStream {
    private final String replayHarm;

    /** @param replayHarm ends the mark/reset refusal "replayed bytes would ...", e.g. "be copied twice" */
    protected ObservingInputStream(InputStream in, String replayHarm) {
        super(in);
        this.replayHarm = replayHarm;
    }

    /** Called with every run of one or more bytes read. */
    protected abstract void observe(byte[] buffer, int offset, int length) throws IOException;

    /** Called each time a read finds the end of the stream. */
    protected abstract void atEnd() throws IOException;

    @Override
    public final int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            atEnd();
        } else {
            observe(new byte[] {(byte) b}, 0, 1);
        }
        return b;
    }

    @Override
    public final int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n < 0) {
            atEnd();
        } else if (n > 0) {
            observe(buffer, offset, n);
        }
        return n;
    }

    @Override
    public final long skip(long n) throws IOException {
        byte[] buffer = new byte[8192];
        long skipped = 0;
        while (skipped < n) {
            int read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (read < 0) {
                break;
            }
            skipped += read;
        }
        return skipped;
    }

    @Override
    public final boolean markSupported() {
        return false;
    }

    @Override
    public final synchronized void reset() throws IOException {
        throw new IOException("mark/reset not supported: replayed bytes would " + replayHarm);
    }
}
