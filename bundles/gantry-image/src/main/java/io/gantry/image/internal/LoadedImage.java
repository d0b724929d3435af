package io.gantry.image.internal;

import java.util.List;

/** An image read from an archive, with the "repository:tag" names the archive gives it. */
record LoadedImage(ImageRecord record, List<String> nameTags) {
}
