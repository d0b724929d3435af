package io.gantry.net.bridge.internal;

import io.gantry.api.GantryException;

/**
 * Sets up a network on the host: the driver's chains (ip6tables' too for a network with IPv6), the bridge with its
 * gateways and MTU, and the network's rules; all or nothing. Forwarding is turned on for a network with a way out.
 */
final class Bridges {
    private final Links links;
    private final Firewall firewall;
    private final boolean enableIpForward;

    Bridges(Links links, Firewall firewall, boolean enableIpForward) {
        this.links = links;
        this.firewall = firewall;
        this.enableIpForward = enableIpForward;
    }

    void open(NetworkRecord network) {
        boolean bridgeExisted = links.exists(network.bridge());
        NetworkRecord.Subnets subnets = network.cidr();
        try {
            firewall.install(false);
            if (subnets.ipv6() != null) {
                firewall.install(true);
            }
            links.createBridge(network.bridge(), network.gateway() + "/" + subnets.ipv4().prefixLength(),
                    subnets.ipv6() == null ? null : network.ipv6().gateway() + "/" + subnets.ipv6().prefixLength(),
                    network.settings().mtu());
            firewall.add(firewall.rules().forNetwork(network));
            if (enableIpForward && !network.internal()) {
                Links.writeSysctl("net/ipv4/ip_forward", "1");
                if (subnets.ipv6() != null) {
                    Links.writeSysctl("net/ipv6/conf/all/forwarding", "1");
                }
            }
        } catch (RuntimeException e) {
            firewall.delete(firewall.rules().forNetwork(network));
            if (!bridgeExisted) {
                links.delete(network.bridge());
            }
            throw new GantryException("cannot set up bridge " + network.bridge() + " of network " + network.name()
                    + ": " + e.getMessage(), e);
        }
    }
}
