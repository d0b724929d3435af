package io.gantry.daemon.internal;

import io.gantry.api.GantryException;
import io.gantry.api.container.Container;
import io.gantry.api.image.ImageConfig;
import io.gantry.api.image.ImageService;

/** Works out the command a container runs, falling back to its image's defaults. */
final class Commands {
    private final ImageService images;

    Commands(ImageService images) {
        this.images = images;
    }

    ContainerJson.Command of(Container c) {
        ImageConfig image = imageConfig(c.imageId());
        boolean ownEntrypoint = c.config().entrypoint() != null;
        var entrypoint = ownEntrypoint ? c.config().entrypoint() : image.entrypoint();
        // Docker drops the image's cmd when the container sets its own entrypoint
        var cmd = c.config().cmd() != null ? c.config().cmd() : ownEntrypoint ? null : image.cmd();
        return new ContainerJson.Command(entrypoint, cmd);
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
