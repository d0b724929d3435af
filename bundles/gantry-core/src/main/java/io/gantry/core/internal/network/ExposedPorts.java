package io.gantry.core.internal.network;

import io.gantry.api.container.ContainerConfig;
import io.gantry.api.network.PortBinding;
import io.gantry.api.network.PortSpec;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Exposed ports ("80/tcp", "53/udp", "80"): the container's merged with its image's, as Docker keeps them in
 * the container's config, and the bindings publish-all (-P) adds for those without an explicit one.
 */
public final class ExposedPorts {
    private ExposedPorts() {
    }

    /** The container's ports, then the image's not among them, each as "port/protocol". */
    public static List<String> merge(List<String> container, List<String> image) {
        Set<String> merged = new LinkedHashSet<>();
        container.forEach(port -> merged.add(PortSpec.normal(port)));
        image.forEach(port -> merged.add(PortSpec.normal(port)));
        return List.copyOf(merged);
    }

    /** The explicit bindings, plus with publish-all one on a free host port per exposed port not bound. */
    public static List<PortBinding> published(ContainerConfig config) {
        List<PortBinding> ports = new ArrayList<>(config.ports());
        if (!config.publishAllPorts()) {
            return ports;
        }
        for (String port : config.exposedPorts()) {
            PortBinding exposed = PortSpec.exposed(port);
            if (config.ports().stream().noneMatch(p -> p.containerPort() == exposed.containerPort()
                    && p.protocol().equals(exposed.protocol()))) {
                ports.add(exposed);
            }
        }
        return ports;
    }
}
