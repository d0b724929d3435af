package io.gantry.image.internal.content;

/** A blob in the content store. */
public record Blob(String digest, long size) {
}
