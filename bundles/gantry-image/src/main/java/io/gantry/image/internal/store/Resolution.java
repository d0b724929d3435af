package io.gantry.image.internal.store;

/**
 * What a reference resolved to.
 *
 * @param nameTag the "repository:tag" the reference named, or {@code null} if it named the image by id or
 *     digest
 */
public record Resolution(ImageRecord record, String nameTag) {
    public boolean byTag() {
        return nameTag != null;
    }
}
