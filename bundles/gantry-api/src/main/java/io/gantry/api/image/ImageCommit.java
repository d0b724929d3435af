package io.gantry.api.image;

import java.util.List;

/**
 * What a commit makes an image of, besides the layer of the container's changes.
 *
 * @param parentImageId the container's image, whose layers the new image keeps
 * @param containerConfig the container's run config (its own values over its image's)
 * @param overrides values that replace the container's (a commit request's Config); null or empty fields keep them
 * @param changes Dockerfile instructions applied last, as {@code docker commit --change} gives them
 * @param reference "name[:tag]" to tag the image with, or null for none
 */
public record ImageCommit(String parentImageId, String containerId, ImageConfig containerConfig,
        ImageConfig overrides, List<String> changes, String comment, String author, String reference) {
    public ImageCommit {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }
}
