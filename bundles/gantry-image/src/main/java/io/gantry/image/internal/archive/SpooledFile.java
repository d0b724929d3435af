package io.gantry.image.internal.archive;

import io.gantry.api.GantryException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** A file of an image archive as spooled: where it is, its size and the digest of its content. */
record SpooledFile(Path path, long size, String digest) {
    InputStream open() {
        try {
            return Files.newInputStream(path);
        } catch (IOException e) {
            throw new GantryException("cannot read spooled archive file " + path + ": " + e.getMessage(), e);
        }
    }

    /** The first {@code length} bytes, fewer if the file is shorter. */
    byte[] head(int length) {
        try (InputStream in = open()) {
            return in.readNBytes(length);
        } catch (IOException e) {
            throw new GantryException("cannot read spooled archive file " + path + ": " + e.getMessage(), e);
        }
    }
}
