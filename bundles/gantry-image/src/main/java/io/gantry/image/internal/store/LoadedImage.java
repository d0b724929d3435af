package io.gantry.image.internal.store;

import java.util.List;

/** An image read from an archive, with the "repository:tag" names the archive gives it. */
public record LoadedImage(ImageRecord record, List<String> nameTags) {
}
