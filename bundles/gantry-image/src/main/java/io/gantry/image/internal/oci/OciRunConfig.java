package io.gantry.image.internal.oci;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.gantry.api.image.ImageConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The "config" object of an OCI image config, with the OCI (capitalized) field names. ExposedPorts and Volumes
 * are JSON objects whose keys carry the values ({"80/tcp": {}}), as in the OCI and Docker formats.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"User", "ExposedPorts", "Env", "Entrypoint", "Cmd", "Healthcheck", "Volumes", "WorkingDir",
        "OnBuild", "Labels", "StopSignal"})
public record OciRunConfig(
        @JsonProperty("Env") List<String> env,
        @JsonProperty("Entrypoint") List<String> entrypoint,
        @JsonProperty("Cmd") List<String> cmd,
        @JsonProperty("WorkingDir") String workingDir,
        @JsonProperty("User") String user,
        @JsonProperty("Labels") Map<String, String> labels,
        @JsonProperty("StopSignal") String stopSignal,
        @JsonProperty("ExposedPorts") Map<String, Map<String, Object>> exposedPorts,
        @JsonProperty("Volumes") Map<String, Map<String, Object>> volumes,
        @JsonProperty("Healthcheck") OciHealthcheck healthcheck,
        @JsonProperty("OnBuild") List<String> onBuild) {

    public static OciRunConfig from(ImageConfig config) {
        return new OciRunConfig(config.env(), config.entrypoint(), config.cmd(), emptyToNull(config.workingDir()),
                emptyToNull(config.user()), config.labels() == null || config.labels().isEmpty() ? null
                        : config.labels(), emptyToNull(config.stopSignal()), keySet(config.exposedPorts()),
                keySet(config.volumes()), OciHealthcheck.from(config.healthcheck()),
                config.onBuild().isEmpty() ? null : config.onBuild());
    }

    public ImageConfig toImageConfig() {
        return new ImageConfig(env == null ? List.of() : env, entrypoint, cmd, workingDir, user,
                labels == null ? Map.of() : labels, stopSignal, keys(exposedPorts), keys(volumes),
                healthcheck == null ? null : healthcheck.toHealthConfig(), onBuild);
    }

    private static Map<String, Map<String, Object>> keySet(List<String> keys) {
        Map<String, Map<String, Object>> set = new LinkedHashMap<>();
        keys.forEach(key -> set.put(key, Map.of()));
        return set.isEmpty() ? null : set;
    }

    private static List<String> keys(Map<String, Map<String, Object>> set) {
        return set == null ? List.of() : List.copyOf(set.keySet());
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
