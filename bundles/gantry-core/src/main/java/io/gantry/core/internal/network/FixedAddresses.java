package io.gantry.core.internal.network;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.network.EndpointConfig;
import io.gantry.api.network.IpAddress;

/**
 * The fixed addresses a container asks for on a network (--ip, --ip6, IPAMConfig): each of its family, and only
 * on a network the user created, as Docker allows them. Whether the network can give them is its driver's to say.
 */
public final class FixedAddresses {
    private FixedAddresses() {
    }

    /** @param network the network mode, or the name of the network connected to */
    public static void check(String network, EndpointConfig endpoint) {
        if (endpoint.ipv4Address() != null && !IpAddress.isIpv4(endpoint.ipv4Address())) {
            throw new InvalidArgumentException("invalid IPv4 address: " + endpoint.ipv4Address());
        }
        if (endpoint.ipv6Address() != null && !IpAddress.isIpv6(endpoint.ipv6Address())) {
            throw new InvalidArgumentException("invalid IPv6 address: " + endpoint.ipv6Address());
        }
        if (endpoint.hasAddress() && (!NetworkDirectory.isDriverNetwork(network)
                || network.equals(NetworkDirectory.DEFAULT_NETWORK))) {
            throw new InvalidArgumentException("user specified IP address is supported on user defined networks only"
                    + " (network mode " + network + ")");
        }
    }
}
