package io.gantry.daemon.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gantry.api.container.Container;

/**
 * The NetworkSettings object of a container's inspect, as dockerd fills it. Without network drivers a
 * container has no addresses and no published ports; a "none" or "host" container has that network's
 * endpoint, as in Docker.
 */
final class NetworkSettingsJson {
    private final ObjectMapper json;

    NetworkSettingsJson(ObjectMapper json) {
        this.json = json;
    }

    ObjectNode of(Container c) {
        ObjectNode o = json.createObjectNode().put("Bridge", "").put("SandboxID", c.id()).put("HairpinMode", false)
                .put("LinkLocalIPv6Address", "").put("LinkLocalIPv6PrefixLen", 0);
        o.putObject("Ports");
        o.put("SandboxKey", "").putNull("SecondaryIPAddresses");
        o.putNull("SecondaryIPv6Addresses");
        addresses(o).put("EndpointID", "");
        ObjectNode networks = o.putObject("Networks");
        String mode = c.config().networkMode();
        if (mode != null && BuiltinNetworks.driverOf(mode) != null) {
            networks.set(mode, endpoint(BuiltinNetworks.find(mode).id()));
        }
        return o;
    }

    private ObjectNode endpoint(String networkId) {
        ObjectNode e = json.createObjectNode();
        e.putNull("IPAMConfig");
        e.putNull("Links");
        e.putNull("Aliases");
        e.put("NetworkID", networkId).put("EndpointID", "");
        addresses(e).putNull("DriverOpts");
        return e;
    }

    private static ObjectNode addresses(ObjectNode o) {
        return o.put("Gateway", "").put("IPAddress", "").put("IPPrefixLen", 0).put("IPv6Gateway", "")
                .put("GlobalIPv6Address", "").put("GlobalIPv6PrefixLen", 0).put("MacAddress", "");
    }
}
