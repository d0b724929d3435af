package io.gantry.image.internal.oci;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Optional;

/** An OCI image index or Docker manifest list: manifests for several platforms. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OciIndex(int schemaVersion, String mediaType, List<Entry> manifests) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(String mediaType, String digest, long size, OciPlatform platform) {
    }

    public Optional<Entry> manifestFor(OciPlatform wanted) {
        return manifests == null ? Optional.empty() : manifests.stream()
                .filter(entry -> entry.platform() != null && entry.platform().serves(wanted)).findFirst();
    }
}
