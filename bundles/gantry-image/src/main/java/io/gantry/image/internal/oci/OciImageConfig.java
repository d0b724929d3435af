package io.gantry.image.internal.oci;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** An OCI image config (application/vnd.oci.image.config.v1+json); its digest is the image id. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OciImageConfig(String created, String architecture, String os, OciRunConfig config,
        OciRootFs rootfs, List<OciHistory> history) {
}
