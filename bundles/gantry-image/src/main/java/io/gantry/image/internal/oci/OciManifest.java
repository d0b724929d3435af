package io.gantry.image.internal.oci;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** An OCI image manifest (application/vnd.oci.image.manifest.v1+json). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OciManifest(int schemaVersion, String mediaType, OciDescriptor config, List<OciDescriptor> layers) {
    public static OciManifest of(OciDescriptor config, List<OciDescriptor> layers) {
        return new OciManifest(2, MediaTypes.MANIFEST, config, List.copyOf(layers));
    }
}
