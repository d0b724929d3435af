package io.gantry.net.bridge.internal;

import io.gantry.api.network.EndpointSpec;
import io.gantry.api.network.PortBinding;
import java.util.List;

/**
 * A container's endpoint on a network, persisted in leases.json; its addresses are the IPAM leases ({@code ipv6}
 * null on a network without IPv6).
 */
record EndpointRecord(String containerId, String networkId, String hostVeth, String interfaceName, String ipv4,
        String ipv6, String mac, List<String> names, List<PortBinding> ports) {

    EndpointRecord renamed(String oldName, String newName) {
        return new EndpointRecord(containerId, networkId, hostVeth, interfaceName, ipv4, ipv6, mac,
                EndpointSpec.renamed(names, oldName, newName), ports);
    }

    String tag() {
        return "gantry:ctr=" + containerId + ":net=" + networkId.substring(0, 12);
    }
}
