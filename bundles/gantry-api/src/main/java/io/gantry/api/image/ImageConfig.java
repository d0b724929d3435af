package io.gantry.api.image;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.gantry.api.container.health.HealthConfig;
import java.util.List;
import java.util.Map;

/**
 * The run defaults an image carries (the "config" object of the OCI image config).
 *
 * @param exposedPorts as the image config's ExposedPorts keys: "80/tcp", "53/udp"
 * @param volumes the paths of the image's VOLUME lines
 * @param healthcheck its HEALTHCHECK, null when it has none
 * @param onBuild its ONBUILD triggers, each the instruction after ONBUILD as written
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ImageConfig(List<String> env, List<String> entrypoint, List<String> cmd, String workingDir,
        String user, Map<String, String> labels, String stopSignal, List<String> exposedPorts, List<String> volumes,
        HealthConfig healthcheck, List<String> onBuild) {
    public static final ImageConfig EMPTY = new ImageConfig(List.of(), null, null, null, null, Map.of(), null);

    public ImageConfig {
        exposedPorts = exposedPorts == null ? List.of() : List.copyOf(exposedPorts);
        volumes = volumes == null ? List.of() : List.copyOf(volumes);
        onBuild = onBuild == null ? List.of() : List.copyOf(onBuild);
    }

    /** An image without ONBUILD triggers. */
    public ImageConfig(List<String> env, List<String> entrypoint, List<String> cmd, String workingDir, String user,
            Map<String, String> labels, String stopSignal, List<String> exposedPorts, List<String> volumes,
            HealthConfig healthcheck) {
        this(env, entrypoint, cmd, workingDir, user, labels, stopSignal, exposedPorts, volumes, healthcheck,
                List.of());
    }

    /** An image without a health check. */
    public ImageConfig(List<String> env, List<String> entrypoint, List<String> cmd, String workingDir, String user,
            Map<String, String> labels, String stopSignal, List<String> exposedPorts, List<String> volumes) {
        this(env, entrypoint, cmd, workingDir, user, labels, stopSignal, exposedPorts, volumes, null);
    }

    /** An image that exposes no port, declares no volume and has no health check. */
    public ImageConfig(List<String> env, List<String> entrypoint, List<String> cmd, String workingDir, String user,
            Map<String, String> labels, String stopSignal) {
        this(env, entrypoint, cmd, workingDir, user, labels, stopSignal, List.of(), List.of(), null);
    }
}
