package io.gantry.image.internal.archive;

import io.gantry.api.GantryException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.image.Image;
import io.gantry.api.image.ProgressListener;
import io.gantry.image.internal.layer.LayerCompression;
import io.gantry.image.internal.store.ImageStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads a docker-archive or OCI layout tarball (maybe gzipped): spools it into a temp directory of the store,
 * then stores every image it names in one go, or none if any blob fails verification.
 */
public final class ImageLoader {
    private final ImageStore store;
    private final Path tempRoot;

    public ImageLoader(ImageStore store, Path tempRoot) {
        this.store = store;
        this.tempRoot = tempRoot;
        ArchiveSpool.deleteLeftovers(tempRoot);
    }

    public List<Image> load(InputStream in, ProgressListener progress) {
        if (in == null) {
            throw new InvalidArgumentException("no image archive given to load");
        }
        try (ArchiveSpool spool = ArchiveSpool.read(ungzipped(in), tempRoot)) {
            List<Image> images = store.createAll(lease -> {
                if (spool.has("oci-layout") && spool.has("index.json")) {
                    return new OciArchiveReader(spool, lease, progress).read();
                }
                if (spool.has("manifest.json")) {
                    return new DockerArchiveReader(spool, lease, progress).read();
                }
                throw new InvalidArgumentException(
                        "not an image archive: it has neither manifest.json nor oci-layout and index.json");
            });
            images.forEach(image -> progress.status(image.repoTags().isEmpty() ? "Loaded image ID: " + image.id()
                    : "Loaded image: " + String.join(", ", image.repoTags())));
            return images;
        }
    }

    private static InputStream ungzipped(InputStream in) {
        try {
            return LayerCompression.ungzipped(in);
        } catch (IOException e) {
            throw new GantryException("cannot read the image archive: " + e.getMessage(), e);
        }
    }
}
