package io.gantry.net.bridge.internal;

import io.gantry.api.network.NetworkInfo;
import java.util.Map;
import java.util.Set;

/** A network as persisted in networks.json. */
record NetworkRecord(String id, String name, String bridge, String subnet, String gateway, boolean internal,
        Map<String, String> labels, Map<String, String> options) {

    Subnet cidr() {
        return Subnet.parse(subnet);
    }

    /** A short tag for iptables comments and log lines. */
    String tag() {
        return "gantry:net=" + id.substring(0, 12);
    }

    NetworkInfo info(Set<String> containers) {
        return new NetworkInfo(id, name, "bridge", subnet, gateway, internal, labels, options, containers);
    }
}
