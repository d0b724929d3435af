package io.gantry.image.internal.layer;

import io.gantry.image.internal.content.ObservingInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Copies every byte read (skipped bytes included) to a sink. A failing sink throws
 * {@link UncheckedIOException}, so callers can tell it from a failing source.
 */
final class TeeInputStream extends ObservingInputStream {
    private final OutputStream sink;

    TeeInputStream(InputStream source, OutputStream sink) {
        super(source, "be copied twice");
        this.sink = sink;
    }

    @Override
    protected void observe(byte[] buffer, int offset, int length) {
        try {
            sink.write(buffer, offset, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void atEnd() {
    }
}
