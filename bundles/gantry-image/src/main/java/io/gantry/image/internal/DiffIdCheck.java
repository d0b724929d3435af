package io.gantry.image.internal;

import io.gantry.api.FailedPreconditionException;
import io.gantry.api.GantryException;
import io.gantry.image.internal.content.BlobCheck;
import io.gantry.image.internal.content.DigestVerifyingInputStream;
import io.gantry.image.internal.oci.MediaTypes;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.zip.GZIPInputStream;

/** Checks a downloaded layer blob against the diff id its image config gives it, before it is committed. */
final class DiffIdCheck {
    private static final int BUFFER = 1 << 16;

    private DiffIdCheck() {
    }

    /** @throws FailedPreconditionException for layer media types this engine cannot unpack */
    static void requireSupported(String digest, String mediaType) {
        if (MediaTypes.isZstdLayer(mediaType)) {
            throw new FailedPreconditionException("zstd layers are not supported yet: layer " + digest);
        }
        if (!MediaTypes.isGzipLayer(mediaType) && !MediaTypes.LAYER_TAR.equals(mediaType)) {
            throw new FailedPreconditionException("layer " + digest + " has media type " + mediaType
                    + ", which this engine cannot unpack");
        }
    }

    static BlobCheck of(String digest, String mediaType, String diffId) {
        if (!MediaTypes.isGzipLayer(mediaType)) {
            return file -> {
                if (!digest.equals(diffId)) {
                    throw new GantryException("uncompressed layer " + digest + " does not match its diff id " + diffId);
                }
            };
        }
        return file -> {
            try (InputStream tar = new DigestVerifyingInputStream(new GZIPInputStream(
                    new BufferedInputStream(Files.newInputStream(file), BUFFER), BUFFER), diffId, "layer " + digest)) {
                tar.transferTo(OutputStream.nullOutputStream());
            } catch (IOException e) {
                throw new GantryException("layer " + digest + " does not unpack to its diff id " + diffId + ": "
                        + e.getMessage(), e);
            }
        };
    }
}
