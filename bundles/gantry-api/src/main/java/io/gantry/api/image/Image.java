package io.gantry.api.image;

import java.time.Instant;
import java.util.List;

/**
 * An image known to the engine.
 *
 * @param id digest of the image config, "sha256:..."
 * @param layers base layer first
 */
public record Image(String id, List<String> repoTags, Instant created, long size, ImageConfig config,
        List<Layer> layers) {
    public String shortId() {
        return id.substring(id.indexOf(':') + 1, Math.min(id.length(), id.indexOf(':') + 13));
    }
}
