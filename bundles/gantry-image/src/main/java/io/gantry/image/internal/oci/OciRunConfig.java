package io.gantry.image.internal.oci;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.gantry.api.image.ImageConfig;
import java.util.List;
import java.util.Map;

/** The "config" object of an OCI image config, with the OCI (capitalized) field names. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"User", "Env", "Entrypoint", "Cmd", "WorkingDir", "Labels", "StopSignal"})
public record OciRunConfig(
        @JsonProperty("Env") List<String> env,
        @JsonProperty("Entrypoint") List<String> entrypoint,
        @JsonProperty("Cmd") List<String> cmd,
        @JsonProperty("WorkingDir") String workingDir,
        @JsonProperty("User") String user,
        @JsonProperty("Labels") Map<String, String> labels,
        @JsonProperty("StopSignal") String stopSignal) {

    public static OciRunConfig from(ImageConfig config) {
        return new OciRunConfig(config.env(), config.entrypoint(), config.cmd(), emptyToNull(config.workingDir()),
                emptyToNull(config.user()), config.labels() == null || config.labels().isEmpty() ? null
                        : config.labels(), emptyToNull(config.stopSignal()));
    }

    public ImageConfig toImageConfig() {
        return new ImageConfig(env == null ? List.of() : env, entrypoint, cmd, workingDir, user,
                labels == null ? Map.of() : labels, stopSignal);
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
