package io.gantry.image.internal.oci;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonProperty;

/** One entry of the "history" of an OCI image config; {@code emptyLayer} is null (false) for a step with a layer. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"created", "created_by", "comment", "empty_layer"})
public record OciHistory(String created, @JsonProperty("created_by") String createdBy, String comment,
        @JsonProperty("empty_layer") Boolean emptyLayer) {
    public boolean makesLayer() {
        return !Boolean.TRUE.equals(emptyLayer);
    }
}
