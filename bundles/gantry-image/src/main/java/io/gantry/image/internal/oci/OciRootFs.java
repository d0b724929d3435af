package io.gantry.image.internal.oci;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The "rootfs" of an OCI image config: the diff ids of the layers, base first. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"type", "diff_ids"})
public record OciRootFs(String type, @JsonProperty("diff_ids") List<String> diffIds) {
    public static OciRootFs layers(List<String> diffIds) {
        return new OciRootFs("layers", List.copyOf(diffIds));
    }
}
