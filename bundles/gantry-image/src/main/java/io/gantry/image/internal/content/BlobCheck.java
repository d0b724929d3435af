package io.gantry.image.internal.content;

import java.io.IOException;
import java.nio.file.Path;

/** A check of a new blob's complete file before it is committed; throwing discards the blob. */
@FunctionalInterface
public interface BlobCheck {
    BlobCheck NONE = file -> {
    };

    void check(Path file) throws IOException;
}
