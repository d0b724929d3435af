package io.gantry.image.internal.oci;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * An OCI image config (application/vnd.oci.image.config.v1+json); its digest is the image id. Written in the
 * field order and with the omissions of the OCI spec's Go types, so that tools which re-encode a config on
 * conversion (skopeo docker-archive to OCI) keep the id of an image Gantry made.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"created", "architecture", "os", "config", "rootfs", "history"})
public record OciImageConfig(String created, String architecture, String os, OciRunConfig config,
        OciRootFs rootfs, List<OciHistory> history) {
}
