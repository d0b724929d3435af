package io.gantry.net.bridge.internal;

import io.gantry.api.network.PortBinding;
import java.util.List;

/** A container's endpoint on a network, persisted in leases.json; its address is the IPAM lease. */
record EndpointRecord(String containerId, String networkId, String hostVeth, String interfaceName, String ipv4,
        String mac, List<String> names, List<PortBinding> ports) {

    String tag() {
        return "gantry:ctr=" + containerId + ":net=" + networkId.substring(0, 12);
    }
}
