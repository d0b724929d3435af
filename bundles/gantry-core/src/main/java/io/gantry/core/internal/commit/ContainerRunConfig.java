package io.gantry.core.internal.commit;

import io.gantry.api.container.ContainerConfig;
import io.gantry.api.image.ImageConfig;
import io.gantry.core.internal.spec.ProcessDefaults;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A container's run config as Docker keeps it (its Config): the container's own values over its image's. */
final class ContainerRunConfig {
    private ContainerRunConfig() {
    }

    static ImageConfig of(ContainerConfig config, ImageConfig image) {
        ImageConfig base = image == null ? ImageConfig.EMPTY : image;
        ContainerConfig command = config.withImageCommand(base);
        List<String> env = ProcessDefaults.env(config, base).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).toList();
        Map<String, String> labels = new LinkedHashMap<>(base.labels() == null ? Map.of() : base.labels());
        labels.putAll(config.labels() == null ? Map.of() : config.labels());
        Set<String> exposed = new LinkedHashSet<>(base.exposedPorts());
        exposed.addAll(config.exposedPorts());
        return new ImageConfig(env, command.entrypoint(), command.cmd(), or(config.workingDir(), base.workingDir()),
                or(config.user(), base.user()), labels, or(config.stopSignal(), base.stopSignal()),
                List.copyOf(exposed), base.volumes(),
                config.healthcheck() != null ? config.healthcheck() : base.healthcheck());
    }

    private static String or(String own, String image) {
        return own != null && !own.isEmpty() ? own : image;
    }
}
