package io.gantry.image.internal.store;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/**
 * The image index as stored in images.json.
 *
 * @param images every image by manifest digest, with the containers that use it
 * @param tags "repository:tag" to manifest digest
 * @param repoDigests "repository@digest" to manifest digest, for images pulled from or pushed to a registry
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record IndexFile(Map<String, Entry> images, Map<String, String> tags, Map<String, String> repoDigests) {
    IndexFile {
        images = images == null ? Map.of() : images;
        tags = tags == null ? Map.of() : tags;
        repoDigests = repoDigests == null ? Map.of() : repoDigests;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Entry(List<String> users) {
        Entry {
            users = users == null ? List.of() : users;
        }
    }
}
