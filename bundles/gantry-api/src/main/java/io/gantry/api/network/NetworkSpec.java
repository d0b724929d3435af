package io.gantry.api.network;

import java.util.Map;

/**
 * What a user asks for when creating a network. {@code subnet} is an IPv4 CIDR such as 10.90.0.0/24, or null
 * for one the driver chooses; {@code gateway} is null for the subnet's first address. An internal network has
 * no route out of the host.
 */
public record NetworkSpec(String name, String subnet, String gateway, boolean internal, Map<String, String> labels,
        Map<String, String> options) {
    public NetworkSpec {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        options = options == null ? Map.of() : Map.copyOf(options);
    }

    /** A network with a driver-chosen subnet and nothing else set. */
    public static NetworkSpec named(String name) {
        return new NetworkSpec(name, null, null, false, Map.of(), Map.of());
    }
}
