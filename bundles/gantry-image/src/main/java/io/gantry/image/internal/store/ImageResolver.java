package io.gantry.image.internal.store;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.NotFoundException;
import io.gantry.image.internal.content.Digests;
import io.gantry.image.internal.reference.Reference;
import java.util.Optional;

/**
 * Finds the image a reference names. In order: a full id; "sha256:" and an id prefix; name@digest;
 * name[:tag]; a bare id prefix (a bare hex string is a valid name too, so a tag of that name wins).
 */
final class ImageResolver {
    private ImageResolver() {
    }

    static Resolution resolve(ImageIndex index, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidArgumentException("image reference is empty");
        }
        Optional<String> fullId = ImageIds.full(text);
        if (fullId.isPresent()) {
            return byId(index, fullId.get(), text);
        }
        if (text.startsWith(Digests.SHA256_PREFIX)) {
            if (!ImageIds.isPrefix(text)) {
                throw new InvalidArgumentException("invalid image id " + text + ": expected sha256: and "
                        + ImageIds.MIN_PREFIX + " to 64 lowercase hex digits");
            }
            return byPrefix(index, text);
        }
        Reference reference = Reference.parse(text);
        if (reference.hasDigest()) {
            return byDigest(index, reference, text);
        }
        ImageRecord tagged = index.byTag(reference.nameTag());
        if (tagged != null) {
            return new Resolution(tagged, reference.nameTag());
        }
        if (ImageIds.isPrefix(text)) {
            return byPrefix(index, text);
        }
        throw notFound(text);
    }

    private static Resolution byId(ImageIndex index, String id, String text) {
        ImageRecord record = index.byId(id);
        if (record == null) {
            throw notFound(text);
        }
        return new Resolution(record, null);
    }

    private static Resolution byPrefix(ImageIndex index, String text) {
        String id = ImageIds.unique(index.records().stream().map(ImageRecord::id).toList(), text)
                .orElseThrow(() -> notFound(text));
        return byId(index, id, text);
    }

    /**
     * name@digest names an image pulled or pushed under that repo digest, or the manifest of an image tagged
     * in that repository.
     */
    private static Resolution byDigest(ImageIndex index, Reference reference, String text) {
        ImageRecord pulled = index.byRepoDigest(reference.repository() + "@" + reference.digest());
        if (pulled != null) {
            return new Resolution(pulled, null);
        }
        ImageRecord record = index.byManifest(reference.digest());
        boolean inRepository = record != null && index.tagsOf(record).stream()
                .anyMatch(tag -> Reference.repositoryOf(tag).equals(reference.repository()));
        if (!inRepository) {
            throw notFound(text);
        }
        return new Resolution(record, null);
    }

    static NotFoundException notFound(String text) {
        return new NotFoundException("no such image: " + text);
    }
}
