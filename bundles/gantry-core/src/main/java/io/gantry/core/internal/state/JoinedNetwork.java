package io.gantry.core.internal.state;

import io.gantry.api.network.EndpointConfig;
import io.gantry.api.network.NetworkAttachment;
import java.util.List;

/**
 * A driver network a container is connected to, by network name, with what the container asked for on it (extra
 * aliases, fixed IPv4 and IPv6 addresses and MAC address, null for any, and the links of a connect);
 * {@code attachment} is what the driver set up while the container runs, else null.
 */
public record JoinedNetwork(String network, String driver, List<String> aliases, String ipv4Address,
        String ipv6Address, NetworkAttachment attachment, String macAddress, List<String> links) {
    public JoinedNetwork {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        links = links == null ? List.of() : List.copyOf(links);
    }

    public JoinedNetwork(String network, String driver, EndpointConfig endpoint) {
        this(network, driver, endpoint.aliases(), endpoint.ipv4Address(), endpoint.ipv6Address(), null,
                endpoint.macAddress(), endpoint.links());
    }

    public JoinedNetwork withAttachment(NetworkAttachment value) {
        return new JoinedNetwork(network, driver, aliases, ipv4Address, ipv6Address, value, macAddress, links);
    }

    public JoinedNetwork withLinks(List<String> value) {
        return new JoinedNetwork(network, driver, aliases, ipv4Address, ipv6Address, attachment, macAddress, value);
    }

    /** What the container asked for on this network. */
    public EndpointConfig endpoint() {
        return new EndpointConfig(aliases, ipv4Address, ipv6Address, macAddress, links);
    }

    /** As inspect shows it: the attachment, or the network name alone while not attached. */
    public NetworkAttachment view() {
        return attachment != null ? attachment : NetworkAttachment.detached(network);
    }
}
