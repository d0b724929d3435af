package io.gantry.image.internal.archive;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.gantry.image.internal.oci.OciPlatform;
import java.util.List;
import java.util.Map;

/** The index.json of an OCI image layout: the manifests it holds, named by annotations. */
@JsonIgnoreProperties(ignoreUnknown = true)
record LayoutIndex(int schemaVersion, String mediaType, List<Entry> manifests) {
    /** The tag, in OCI layouts; docker and skopeo may put a whole reference there. */
    static final String REF_NAME = "org.opencontainers.image.ref.name";
    /** The whole reference, as docker and containerd write it. */
    static final String IMAGE_NAME = "io.containerd.image.name";

    LayoutIndex {
        manifests = manifests == null ? List.of() : manifests;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Entry(String mediaType, String digest, long size, Map<String, String> annotations,
            OciPlatform platform) {
        Entry {
            annotations = annotations == null ? Map.of() : annotations;
        }
    }
}
