package io.gantry.image.internal.store;

import java.util.List;

/**
 * What removing an image reference did.
 *
 * @param imageId the image the reference named
 * @param untagged the tags it lost
 * @param deleted whether the image itself is gone
 */
public record Removal(String imageId, List<String> untagged, boolean deleted) {
}
