package io.gantry.api.image;

/**
 * One layer of an image.
 *
 * @param digest digest of the blob as stored (maybe compressed)
 * @param diffId digest of the uncompressed tar
 * @param chainId OCI chain id: identifies this layer together with all below it; the storage layer id
 */
public record Layer(String digest, String diffId, String chainId, long size, String mediaType) {
}
