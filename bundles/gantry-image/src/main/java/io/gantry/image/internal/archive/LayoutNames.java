package io.gantry.image.internal.archive;

import io.gantry.api.InvalidArgumentException;
import io.gantry.image.internal.reference.Reference;
import java.util.Map;
import java.util.Optional;

/**
 * The "repository:tag" an OCI layout index entry names: io.containerd.image.name if present, else ref.name
 * when it is a whole reference (skopeo, podman). A bare tag in ref.name names no repository, so no tag.
 */
final class LayoutNames {
    private LayoutNames() {
    }

    static Optional<String> nameTag(Map<String, String> annotations) {
        String full = annotations.get(LayoutIndex.IMAGE_NAME);
        if (full != null) {
            return Optional.of(parse(full));
        }
        String refName = annotations.get(LayoutIndex.REF_NAME);
        if (refName == null || (!refName.contains(":") && !refName.contains("/"))) {
            return Optional.empty();
        }
        return Optional.of(parse(refName));
    }

    private static String parse(String name) {
        Reference reference = Reference.parse(name);
        if (reference.hasDigest()) {
            throw new InvalidArgumentException("image archive names an image " + name + ": a digest is not a tag");
        }
        return reference.nameTag();
    }
}
