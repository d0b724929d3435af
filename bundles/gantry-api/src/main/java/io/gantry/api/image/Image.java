package io.gantry.api.image;

import java.time.Instant;
import java.util.List;

/**
 * An image known to the engine.
 *
 * @param id digest of the image config, "sha256:..."
 * @param layers base layer first
 * @param origin its parent, author and the container it was committed from; never null
 */
public record Image(String id, List<String> repoTags, Instant created, long size, ImageConfig config,
        List<Layer> layers, ImageOrigin origin) {
    public Image {
        origin = origin == null ? ImageOrigin.NONE : origin;
    }

    /** An image of unknown origin. */
    public Image(String id, List<String> repoTags, Instant created, long size, ImageConfig config,
            List<Layer> layers) {
        this(id, repoTags, created, size, config, layers, ImageOrigin.NONE);
    }

    public String shortId() {
        return id.substring(id.indexOf(':') + 1, Math.min(id.length(), id.indexOf(':') + 13));
    }
}
