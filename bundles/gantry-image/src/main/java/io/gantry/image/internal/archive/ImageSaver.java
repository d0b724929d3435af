package io.gantry.image.internal.archive;

import io.gantry.api.GantryException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.image.ArchiveFormat;
import io.gantry.image.internal.store.ImageRecord;
import io.gantry.image.internal.store.ImageStore;
import io.gantry.image.internal.store.Resolution;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes images as a docker-archive or OCI layout tarball. */
public final class ImageSaver {
    private final ImageStore store;

    public ImageSaver(ImageStore store) {
        this.store = store;
    }

    public void save(List<String> references, OutputStream out, ArchiveFormat format) {
        if (references == null || references.isEmpty()) {
            throw new InvalidArgumentException("no image to save: name at least one");
        }
        Map<ImageRecord, List<String>> images = tagsByImage(store.resolveAll(references));
        try (TarWriter tar = new TarWriter(out)) {
            if (format == ArchiveFormat.OCI) {
                new OciArchiveWriter(store.content(), tar).write(images);
            } else {
                new DockerArchiveWriter(store.content(), tar).write(images);
            }
        } catch (IOException e) {
            throw new GantryException("cannot save " + String.join(", ", references) + ": " + e.getMessage(), e);
        }
    }

    /** Each image once, in the order first named, with the tags by which it was named. */
    private static Map<ImageRecord, List<String>> tagsByImage(List<Resolution> resolutions) {
        Map<ImageRecord, List<String>> images = new LinkedHashMap<>();
        for (Resolution resolution : resolutions) {
            List<String> tags = images.computeIfAbsent(resolution.record(), record -> new ArrayList<>());
            if (resolution.byTag() && !tags.contains(resolution.nameTag())) {
                tags.add(resolution.nameTag());
            }
        }
        return images;
    }
}
