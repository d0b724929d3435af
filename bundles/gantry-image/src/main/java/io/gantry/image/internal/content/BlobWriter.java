package io.gantry.image.internal.content;

import java.io.IOException;
import java.io.OutputStream;

/** Produces the content of a new blob. */
@FunctionalInterface
public interface BlobWriter {
    void writeTo(OutputStream out) throws IOException;
}
