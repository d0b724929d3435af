package io.gantry.image.internal.layer;

import com.github.luben.zstd.ZstdInputStream;
import io.gantry.api.FailedPreconditionException;
import io.gantry.image.internal.oci.MediaTypes;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** How a layer blob is compressed, from its media type or its first bytes, and how to undo it. */
public enum LayerCompression {
    NONE(MediaTypes.LAYER_TAR),
    GZIP(MediaTypes.LAYER_TAR_GZIP),
    ZSTD(MediaTypes.LAYER_TAR_ZSTD);

    private static final int BUFFER = 1 << 16;

    private final String ociMediaType;

    LayerCompression(String ociMediaType) {
        this.ociMediaType = ociMediaType;
    }

    /** @throws FailedPreconditionException naming the layer for media types this engine cannot unpack */
    static LayerCompression of(String digest, String mediaType) {
        if (MediaTypes.LAYER_TAR.equals(mediaType) || MediaTypes.DOCKER_LAYER_TAR.equals(mediaType)) {
            return NONE;
        }
        if (MediaTypes.isGzipLayer(mediaType)) {
            return GZIP;
        }
        if (MediaTypes.isZstdLayer(mediaType)) {
            return ZSTD;
        }
        throw new FailedPreconditionException("layer " + digest + " has media type " + mediaType
                + ", which this engine cannot unpack");
    }

    /** By magic number: gzip 1f 8b, zstd 28 b5 2f fd, else a plain tar. */
    public static LayerCompression sniff(byte[] head) {
        if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            return GZIP;
        }
        if (head.length >= 4 && (head[0] & 0xff) == 0x28 && (head[1] & 0xff) == 0xb5 && (head[2] & 0xff) == 0x2f
                && (head[3] & 0xff) == 0xfd) {
            return ZSTD;
        }
        return NONE;
    }

    /**
     * {@code in} buffered, and gunzipped if it starts with the gzip magic number (an image archive or rootfs
     * tarball may be either); closing the result closes {@code in}.
     */
    public static InputStream ungzipped(InputStream in) throws IOException {
        InputStream buffered = new BufferedInputStream(in, BUFFER);
        buffered.mark(2);
        byte[] head = buffered.readNBytes(2);
        buffered.reset();
        return sniff(head) == GZIP ? new GZIPInputStream(buffered, BUFFER) : buffered;
    }

    public String ociMediaType() {
        return ociMediaType;
    }

    /** The uncompressed tar; closing it closes {@code blob}. */
    InputStream decompress(InputStream blob) throws IOException {
        return switch (this) {
            case NONE -> blob;
            case GZIP -> new GZIPInputStream(blob, BUFFER);
            case ZSTD -> new ZstdInputStream(blob);
        };
    }
}
