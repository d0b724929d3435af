package io.gantry.api.image;

import java.util.List;

/**
 * A {@code docker commit} request.
 *
 * @param reference "name[:tag]" to tag the image with, or null for none
 * @param pause freeze a running container while its changes are read
 * @param overrides values that replace the container's in the image config, or null
 * @param changes Dockerfile instructions (CMD, ENV ...) applied to the image config
 */
public record CommitOptions(String reference, String comment, String author, boolean pause, ImageConfig overrides,
        List<String> changes) {
    public CommitOptions {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }
}
