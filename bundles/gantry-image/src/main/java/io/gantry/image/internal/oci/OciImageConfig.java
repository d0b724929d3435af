package io.gantry.image.internal.oci;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * An OCI image config (application/vnd.oci.image.config.v1+json); its digest is the image id. Written in the
 * field order and with the omissions of the OCI spec's Go types, so that tools which re-encode a config on
 * conversion (skopeo docker-archive to OCI) keep the id of an image Gantry made. A committed image also carries
 * Docker's fields: the parent image, the comment, the container and its config.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"created", "author", "architecture", "os", "config", "rootfs", "history", "parent", "comment",
        "container", "container_config", "docker_version"})
public record OciImageConfig(String created, String author, String architecture, String os, OciRunConfig config,
        OciRootFs rootfs, List<OciHistory> history, String parent, String comment, String container,
        @JsonProperty("container_config") OciRunConfig containerConfig,
        @JsonProperty("docker_version") String dockerVersion) {

    /** A config that was not committed from a container. */
    public OciImageConfig(String created, String architecture, String os, OciRunConfig config, OciRootFs rootfs,
            List<OciHistory> history) {
        this(created, null, architecture, os, config, rootfs, history, null, null, null, null, null);
    }
}
