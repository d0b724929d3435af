package io.gantry.image.internal.layer;

import io.gantry.api.GantryException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.image.Layer;
import io.gantry.image.internal.content.ContentStore;
import io.gantry.image.internal.content.DigestVerifyingInputStream;
import io.gantry.image.internal.content.Digests;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Opens a layer blob as its uncompressed tar, checked against the diff id as it is read. */
public final class LayerReader {
    private static final int BUFFER = 1 << 16;

    private LayerReader() {
    }

    public static InputStream open(ContentStore content, Layer layer) {
        if (layer == null || !Digests.isValid(layer.digest()) || !Digests.isValid(layer.diffId())) {
            throw new InvalidArgumentException("invalid layer " + layer + ": digest and diff id must be sha256");
        }
        LayerCompression compression = LayerCompression.of(layer.digest(), layer.mediaType());
        InputStream blob = new BufferedInputStream(content.open(layer.digest()), BUFFER);
        try {
            return new DigestVerifyingInputStream(compression.decompress(blob), layer.diffId(),
                    "layer " + layer.digest());
        } catch (IOException e) {
            closeQuietly(blob, e);
            throw new GantryException("layer " + layer.digest() + " is corrupt: " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(InputStream in, IOException failure) {
        try {
            in.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
