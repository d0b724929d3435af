package io.gantry.core.internal;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.network.PortBinding;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Exposed ports ("80/tcp", "53/udp", "80"): the container's merged with its image's, as Docker keeps them in
 * the container's config, and the bindings publish-all (-P) adds for those without an explicit one.
 */
final class ExposedPorts {
    private ExposedPorts() {
    }

    /** The container's ports, then the image's not among them, each as "port/protocol". */
    static List<String> merge(List<String> container, List<String> image) {
        Set<String> merged = new LinkedHashSet<>();
        container.forEach(port -> merged.add(normal(port)));
        image.forEach(port -> merged.add(normal(port)));
        return List.copyOf(merged);
    }

    /** The explicit bindings, plus with publish-all one on a free host port per exposed port not bound. */
    static List<PortBinding> published(ContainerConfig config) {
        List<PortBinding> ports = new ArrayList<>(config.ports());
        if (!config.publishAllPorts()) {
            return ports;
        }
        for (String port : config.exposedPorts()) {
            PortBinding exposed = parse(port);
            if (config.ports().stream().noneMatch(p -> p.containerPort() == exposed.containerPort()
                    && p.protocol().equals(exposed.protocol()))) {
                ports.add(exposed);
            }
        }
        return ports;
    }

    static String normal(String port) {
        PortBinding binding = parse(port);
        return binding.containerPort() + "/" + binding.protocol();
    }

    /** The port as a binding to a free port of every host address. */
    static PortBinding parse(String port) {
        String[] numberAndProtocol = port.trim().split("/", 2);
        String protocol = numberAndProtocol.length == 2 ? numberAndProtocol[1].toLowerCase(java.util.Locale.ROOT)
                : "tcp";
        if (!protocol.equals("tcp") && !protocol.equals("udp")) {
            throw new InvalidArgumentException("invalid exposed port '" + port + "': the protocol must be tcp or udp");
        }
        try {
            int number = Integer.parseInt(numberAndProtocol[0]);
            if (number >= 1 && number <= 65535) {
                return new PortBinding("", 0, number, protocol);
            }
        } catch (NumberFormatException e) {
            // reported below, like an out-of-range number
        }
        throw new InvalidArgumentException("invalid exposed port '" + port + "': the port must be 1-65535");
    }
}
