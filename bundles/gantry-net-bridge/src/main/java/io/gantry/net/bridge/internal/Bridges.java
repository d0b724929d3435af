package io.gantry.net.bridge.internal;

import io.gantry.api.GantryException;

/** Sets up a network on the host: the driver's chains, the bridge and the network's rules; all or nothing. */
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
        try {
            firewall.install();
            links.createBridge(network.bridge(), network.gateway(), network.cidr().prefixLength());
            firewall.add(firewall.rules().forNetwork(network));
            if (enableIpForward && !network.internal()) {
                Links.writeSysctl("net/ipv4/ip_forward", "1");
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
