package io.gantry.api.network;

import java.util.List;

/**
 * What a user asks for on one network of a container, as Docker's EndpointSettings has it: more names to be found
 * by, the IPv4 and IPv6 addresses (null: any free one) of its IPAMConfig, the MAC address of its interface (null:
 * the driver's choice) and the legacy links ("container:alias") that name other containers on this network.
 */
public record EndpointConfig(List<String> aliases, String ipv4Address, String ipv6Address, String macAddress,
        List<String> links) {
    public static final EndpointConfig NONE = new EndpointConfig(List.of(), null, null);

    public EndpointConfig {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        ipv4Address = ipv4Address == null || ipv4Address.isEmpty() ? null : ipv4Address;
        ipv6Address = ipv6Address == null || ipv6Address.isEmpty() ? null : ipv6Address;
        macAddress = macAddress == null || macAddress.isEmpty() ? null : macAddress;
        links = links == null ? List.of() : List.copyOf(links);
    }

    /** Aliases and addresses only. */
    public EndpointConfig(List<String> aliases, String ipv4Address, String ipv6Address) {
        this(aliases, ipv4Address, ipv6Address, null, List.of());
    }

    /** Whether it asks for a fixed address. */
    public boolean hasAddress() {
        return ipv4Address != null || ipv6Address != null;
    }
}
