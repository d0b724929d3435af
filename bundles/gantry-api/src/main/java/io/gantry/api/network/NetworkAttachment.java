package io.gantry.api.network;

import java.util.List;

/**
 * The result of connecting a container to a network. Fields a driver does not set are null; the IPv6 ones are set
 * on a network with IPv6 only. {@code ports} holds the published ports as actually bound (a requested host port 0
 * replaced by the one picked).
 */
public record NetworkAttachment(String network, String interfaceName, String ipv4Address, Integer prefixLength,
        String gateway, String ipv6Address, Integer ipv6PrefixLength, String ipv6Gateway, String macAddress,
        List<PortBinding> ports) {
    public NetworkAttachment {
        ports = ports == null ? List.of() : List.copyOf(ports);
    }

    /** An attachment with IPv4 only. */
    public NetworkAttachment(String network, String interfaceName, String ipv4Address, Integer prefixLength,
            String gateway, String macAddress, List<PortBinding> ports) {
        this(network, interfaceName, ipv4Address, prefixLength, gateway, null, null, null, macAddress, ports);
    }

    /** The network's name alone, as shown for a network the container is not attached to (now). */
    public static NetworkAttachment detached(String network) {
        return new NetworkAttachment(network, null, null, null, null, null, List.of());
    }
}
