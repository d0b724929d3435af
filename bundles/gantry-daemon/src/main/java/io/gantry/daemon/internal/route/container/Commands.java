package io.gantry.daemon.internal.route.container;

import io.gantry.api.GantryException;
import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.image.ImageConfig;
import io.gantry.api.image.ImageService;

/** Works out the command a container runs, falling back to its image's defaults. */
public final class Commands {
    private final ImageService images;

    public Commands(ImageService images) {
        this.images = images;
    }

    /** The container's config with the entrypoint and cmd it runs, merged with its image's as Docker does. */
    public ContainerConfig of(Container c) {
        return c.config().withImageCommand(imageConfig(c.imageId()));
    }

    private ImageConfig imageConfig(String imageId) {
        try {
            ImageConfig config = images.resolve(imageId).config();
            return config == null ? ImageConfig.EMPTY : config;
        } catch (GantryException e) {
            return ImageConfig.EMPTY;
        }
    }
}
