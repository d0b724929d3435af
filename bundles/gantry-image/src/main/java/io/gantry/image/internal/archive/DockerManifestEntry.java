package io.gantry.image.internal.archive;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** One image in the manifest.json of a docker-archive: paths of its config and layer tars, and its tags. */
@JsonIgnoreProperties(ignoreUnknown = true)
record DockerManifestEntry(@JsonProperty("Config") String config,
        @JsonProperty("RepoTags") List<String> repoTags, @JsonProperty("Layers") List<String> layers) {
    DockerManifestEntry {
        repoTags = repoTags == null ? List.of() : repoTags;
    }
}
