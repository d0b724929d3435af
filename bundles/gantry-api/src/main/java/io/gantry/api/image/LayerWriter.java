package io.gantry.api.image;

import java.io.IOException;
import java.io.OutputStream;
import org.osgi.annotation.versioning.ConsumerType;

/** Writes an uncompressed layer tar, whiteout entries for deletions, into the image store's blob. */
@ConsumerType
@FunctionalInterface
public interface LayerWriter {
    /** Finishes the tar but leaves {@code tar} open. */
    void writeTo(OutputStream tar) throws IOException;
}
