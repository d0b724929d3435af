package io.gantry.image.internal.transfer;

import io.gantry.image.internal.content.ObservingInputStream;
import java.io.InputStream;
import java.util.function.LongConsumer;

/** Reports the running count of bytes read. */
final class ProgressInputStream extends ObservingInputStream {
    private final LongConsumer progress;
    private long bytes;

    ProgressInputStream(InputStream in, LongConsumer progress) {
        super(in, "be counted twice");
        this.progress = progress;
    }

    @Override
    protected void observe(byte[] buffer, int offset, int length) {
        bytes += length;
        progress.accept(bytes);
    }

    @Override
    protected void atEnd() {
    }
}
