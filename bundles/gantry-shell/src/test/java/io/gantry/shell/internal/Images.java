package io.gantry.shell.internal;

import io.gantry.api.image.Image;
import io.gantry.api.image.ImageConfig;
import java.time.Instant;
import java.util.List;

/** Image records for tests. */
public final class Images {
    private Images() {
    }

    /** An image with no layers and an empty config. */
    public static Image image(String hexId, Instant created, long size, String... tags) {
        return new Image("sha256:" + hexId, List.of(tags), created, size, ImageConfig.EMPTY, List.of());
    }
}
