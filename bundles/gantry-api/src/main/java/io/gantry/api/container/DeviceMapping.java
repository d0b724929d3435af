package io.gantry.api.container;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A host device made available in the container, as {@code --device /dev/fuse:/dev/fuse:rwm}.
 *
 * @param permissions a combination of r, w and m
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeviceMapping(String hostPath, String containerPath, String permissions) {
}
