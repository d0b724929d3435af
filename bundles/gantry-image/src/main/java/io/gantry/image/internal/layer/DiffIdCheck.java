package io.gantry.image.internal.layer;

import io.gantry.api.FailedPreconditionException;
import io.gantry.api.GantryException;
import io.gantry.image.internal.content.BlobCheck;
import io.gantry.image.internal.content.DigestVerifyingInputStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;

/** Checks a downloaded layer blob against the diff id its image config gives it, before it is committed. */
public final class DiffIdCheck {
    private static final int BUFFER = 1 << 16;

    private DiffIdCheck() {
    }

    /** @throws FailedPreconditionException for layer media types this engine cannot unpack */
    public static void requireSupported(String digest, String mediaType) {
        LayerCompression.of(digest, mediaType);
    }

    public static BlobCheck of(String digest, String mediaType, String diffId) {
        LayerCompression compression = LayerCompression.of(digest, mediaType);
        if (compression == LayerCompression.NONE) {
            return file -> {
                if (!digest.equals(diffId)) {
                    throw new GantryException("uncompressed layer " + digest + " does not match its diff id " + diffId);
                }
            };
        }
        return file -> {
            try (InputStream tar = new DigestVerifyingInputStream(compression.decompress(
                    new BufferedInputStream(Files.newInputStream(file), BUFFER)), diffId, "layer " + digest)) {
                tar.transferTo(OutputStream.nullOutputStream());
            } catch (IOException e) {
                throw new GantryException("layer " + digest + " does not unpack to its diff id " + diffId + ": "
                        + e.getMessage(), e);
            }
        };
    }
}
