package io.gantry.image.internal;

/**
 * What a reference resolved to.
 *
 * @param nameTag the "repository:tag" the reference named, or {@code null} if it named the image by id or
 *     digest
 */
record Resolution(ImageRecord record, String nameTag) {
    boolean byTag() {
        return nameTag != null;
    }
}
