package io.gantry.api.network;

import java.util.List;

/**
 * How a container joins a network: the names other containers find it by ({@code name}, {@code hostname} and
 * {@code aliases}; any may be null or empty), the IPv4 and IPv6 addresses it asks for (null for any free one; an
 * IPv6 one only on a network with IPv6), the ports it publishes on the host and the MAC address of its interface
 * (null for the driver's choice).
 */
public record EndpointSpec(String name, String hostname, List<String> aliases, String ipv4Address,
        String ipv6Address, List<PortBinding> ports, String macAddress) {
    public EndpointSpec {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        ports = ports == null ? List.of() : List.copyOf(ports);
    }

    /** An endpoint that leaves its MAC address to the driver. */
    public EndpointSpec(String name, String hostname, List<String> aliases, String ipv4Address,
            String ipv6Address, List<PortBinding> ports) {
        this(name, hostname, aliases, ipv4Address, ipv6Address, ports, null);
    }

    /** An endpoint that asks for no IPv6 address. */
    public EndpointSpec(String name, String hostname, List<String> aliases, String ipv4Address,
            List<PortBinding> ports) {
        this(name, hostname, aliases, ipv4Address, null, ports);
    }

    /** {@code names} with {@code oldName} replaced by {@code newName}, each name once, in their order. */
    public static List<String> renamed(List<String> names, String oldName, String newName) {
        return names.stream().map(n -> n.equals(oldName) ? newName : n).distinct().toList();
    }

    /** An endpoint known by {@code name} only, with any address and no published ports. */
    public static EndpointSpec named(String name) {
        return new EndpointSpec(name, null, List.of(), null, null, List.of());
    }
}
