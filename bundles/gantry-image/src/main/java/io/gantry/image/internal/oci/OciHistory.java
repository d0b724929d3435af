package io.gantry.image.internal.oci;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** One entry of the "history" of an OCI image config. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OciHistory(String created, @JsonProperty("created_by") String createdBy, String comment) {
}
