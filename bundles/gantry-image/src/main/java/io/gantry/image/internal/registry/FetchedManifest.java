package io.gantry.image.internal.registry;

import io.gantry.image.internal.oci.MediaTypes;

/** A manifest or index as the registry sent it; {@code digest} is the sha256 of exactly these bytes. */
public record FetchedManifest(byte[] content, String mediaType, String digest) {
    public boolean isIndex() {
        return MediaTypes.isIndex(mediaType);
    }
}
