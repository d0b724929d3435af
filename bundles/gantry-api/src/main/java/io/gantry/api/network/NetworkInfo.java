package io.gantry.api.network;

import java.util.Map;
import java.util.Set;

/** A network as the driver keeps it, with the ids of the containers attached to it. */
public record NetworkInfo(String id, String name, String driver, String subnet, String gateway, boolean internal,
        Map<String, String> labels, Map<String, String> options, Set<String> containers) {
    public NetworkInfo {
        labels = Map.copyOf(labels);
        options = Map.copyOf(options);
        containers = Set.copyOf(containers);
    }
}
