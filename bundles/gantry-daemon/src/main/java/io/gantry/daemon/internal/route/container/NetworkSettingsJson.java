package io.gantry.daemon.internal.route.container;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gantry.api.NotFoundException;
import io.gantry.api.container.Container;
import io.gantry.api.network.NetworkAttachment;
import io.gantry.api.network.NetworkService;
import io.gantry.api.network.PortBinding;

/**
 * The NetworkSettings object of a container's inspect, as dockerd fills it: one endpoint per network the
 * container is on (its network mode's when that is "none" or "host"), and the ports it has published.
 */
final class NetworkSettingsJson {
    private final ObjectMapper json;
    private final NetworkService networks;

    NetworkSettingsJson(ObjectMapper json, NetworkService networks) {
        this.json = json;
        this.networks = networks;
    }

    ObjectNode of(Container c) {
        ObjectNode o = json.createObjectNode().put("Bridge", "").put("SandboxID", c.id()).put("HairpinMode", false)
                .put("LinkLocalIPv6Address", "").put("LinkLocalIPv6PrefixLen", 0);
        o.set("Ports", ports(c));
        o.put("SandboxKey", "").putNull("SecondaryIPAddresses");
        o.putNull("SecondaryIPv6Addresses");
        NetworkAttachment first = c.networks().isEmpty() ? null : c.networks().get(0);
        addresses(o, first).put("EndpointID", "");
        ObjectNode endpoints = o.putObject("Networks");
        for (NetworkAttachment attachment : c.networks()) {
            endpoints.set(attachment.network(), endpoint(attachment, c));
        }
        String mode = c.config().networkMode();
        if (c.networks().isEmpty() && ("none".equals(mode) || "host".equals(mode))) {
            endpoints.set(mode, endpoint(new NetworkAttachment(mode, null, null, null, null, null, null), c));
        }
        return o;
    }

    /**
     * Published ports as "80/tcp" -> [{HostIp, HostPort}], from the bindings in effect while it runs; a port
     * exposed or bound but not published (now) is "80/tcp": null, as dockerd shows it.
     */
    ObjectNode ports(Container c) {
        ObjectNode ports = json.createObjectNode();
        for (PortBinding p : c.config().ports()) {
            ports.putNull(p.containerPort() + "/" + p.protocol());
        }
        c.config().exposedPorts().forEach(ports::putNull);
        for (NetworkAttachment attachment : c.networks()) {
            for (PortBinding p : attachment.ports()) {
                String key = p.containerPort() + "/" + p.protocol();
                ArrayNode list = ports.get(key) instanceof ArrayNode a ? a : ports.putArray(key);
                list.addObject().put("HostIp", p.hostIp().isEmpty() ? "0.0.0.0" : p.hostIp())
                        .put("HostPort", String.valueOf(p.hostPort()));
            }
        }
        return ports;
    }

    private ObjectNode endpoint(NetworkAttachment attachment, Container c) {
        ObjectNode e = json.createObjectNode();
        String fixed = c.config().ipv4Address();
        if (fixed == null) {
            e.putNull("IPAMConfig");
        } else {
            e.putObject("IPAMConfig").put("IPv4Address", fixed);
        }
        e.putNull("Links");
        ArrayNode aliases = e.putArray("Aliases");
        if (!"none".equals(attachment.network()) && !"host".equals(attachment.network())) {
            aliases.add(c.shortId());
            c.config().networkAliases().forEach(aliases::add);
        }
        e.put("NetworkID", networkId(attachment.network())).put("EndpointID", "");
        addresses(e, attachment).putNull("DriverOpts");
        return e;
    }

    private String networkId(String name) {
        try {
            return networks.inspectNetwork(name).id();
        } catch (NotFoundException e) {
            return "";
        }
    }

    private static ObjectNode addresses(ObjectNode o, NetworkAttachment a) {
        boolean up = a != null && a.ipv4Address() != null;
        return o.put("Gateway", up && a.gateway() != null ? a.gateway() : "")
                .put("IPAddress", up ? a.ipv4Address() : "")
                .put("IPPrefixLen", up && a.prefixLength() != null ? a.prefixLength() : 0).put("IPv6Gateway", "")
                .put("GlobalIPv6Address", "").put("GlobalIPv6PrefixLen", 0)
                .put("MacAddress", a != null && a.macAddress() != null ? a.macAddress() : "");
    }
}
