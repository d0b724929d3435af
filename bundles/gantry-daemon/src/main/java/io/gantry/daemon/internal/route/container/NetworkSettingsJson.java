package io.gantry.daemon.internal.route.container;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gantry.api.NotFoundException;
import io.gantry.api.container.Container;
import io.gantry.api.network.EndpointConfig;
import io.gantry.api.network.NetworkAttachment;
import io.gantry.api.network.NetworkService;
import io.gantry.api.network.PortBinding;
import java.util.List;

/**
 * The NetworkSettings object of a container's inspect, as dockerd fills it: one endpoint per network the
 * container is on (its network mode's when that is "none" or "host"), with what it asked for there (IPAMConfig,
 * aliases, links, MAC address) and its IPv4 and IPv6 addresses, and the ports it has published.
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
            endpoints.set(mode, endpoint(NetworkAttachment.detached(mode), c));
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
        EndpointConfig asked = asked(attachment.network(), c);
        if (!asked.hasAddress()) {
            e.putNull("IPAMConfig");
        } else {
            ObjectNode ipam = e.putObject("IPAMConfig");
            if (asked.ipv4Address() != null) {
                ipam.put("IPv4Address", asked.ipv4Address());
            }
            if (asked.ipv6Address() != null) {
                ipam.put("IPv6Address", asked.ipv6Address());
            }
        }
        boolean own = attachment.network().equals(c.config().networkMode());
        List<String> links = own ? c.config().links() : asked.links();
        e.set("Links", links.isEmpty() ? json.nullNode() : json.valueToTree(links));
        ArrayNode aliases = e.putArray("Aliases");
        if (!"none".equals(attachment.network()) && !"host".equals(attachment.network())) {
            aliases.add(c.shortId());
            asked.aliases().forEach(aliases::add);
        }
        e.put("NetworkID", networkId(attachment.network())).put("EndpointID", "");
        addresses(e, attachment).putNull("DriverOpts");
        String mac = own && c.config().macAddress() != null ? c.config().macAddress() : asked.macAddress();
        if (e.path("MacAddress").asText().isEmpty() && mac != null) {
            e.put("MacAddress", mac);
        }
        return e;
    }

    /** What the container asked for on a network: its config's on its network mode's, the service's on others. */
    private EndpointConfig asked(String network, Container c) {
        if (network.equals(c.config().networkMode())) {
            return new EndpointConfig(c.config().networkAliases(), c.config().ipv4Address(), c.config().ipv6Address());
        }
        if ("none".equals(network) || "host".equals(network)) {
            return EndpointConfig.NONE;
        }
        try {
            return networks.endpointConfig(c.id(), network);
        } catch (NotFoundException e) {
            return EndpointConfig.NONE;
        }
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
        boolean up6 = a != null && a.ipv6Address() != null;
        return o.put("Gateway", up && a.gateway() != null ? a.gateway() : "")
                .put("IPAddress", up ? a.ipv4Address() : "")
                .put("IPPrefixLen", up && a.prefixLength() != null ? a.prefixLength() : 0)
                .put("IPv6Gateway", up6 && a.ipv6Gateway() != null ? a.ipv6Gateway() : "")
                .put("GlobalIPv6Address", up6 ? a.ipv6Address() : "")
                .put("GlobalIPv6PrefixLen", up6 && a.ipv6PrefixLength() != null ? a.ipv6PrefixLength() : 0)
                .put("MacAddress", a != null && a.macAddress() != null ? a.macAddress() : "");
    }
}
