package io.gantry.daemon.internal.route.network;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gantry.api.NotFoundException;
import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerLifecycle;
import io.gantry.api.network.NetworkAttachment;
import io.gantry.api.network.NetworkInfo;
import io.gantry.daemon.internal.json.Times;

/** A network in Docker's list and inspect shape, with the endpoints of the containers on it. */
final class NetworkJson {
    private final ObjectMapper json;
    private final ContainerLifecycle containers;

    NetworkJson(ObjectMapper json, ContainerLifecycle containers) {
        this.json = json;
        this.containers = containers;
    }

    ObjectNode of(NetworkInfo n) {
        ObjectNode o = json.createObjectNode().put("Name", n.name()).put("Id", n.id()).put("Created", Times.ZERO)
                .put("Scope", "local").put("Driver", n.driver()).put("EnableIPv6", false);
        ObjectNode ipam = o.putObject("IPAM").put("Driver", "default");
        ipam.putObject("Options");
        if (n.subnet() != null) {
            ObjectNode config = ipam.putArray("Config").addObject().put("Subnet", n.subnet());
            if (n.gateway() != null) {
                config.put("Gateway", n.gateway());
            }
        } else {
            ipam.putArray("Config");
        }
        o.put("Internal", n.internal()).put("Attachable", false).put("Ingress", false);
        o.putObject("ConfigFrom").put("Network", "");
        o.put("ConfigOnly", false);
        ObjectNode endpoints = o.putObject("Containers");
        n.containers().stream().sorted().forEach(id -> endpoint(n.name(), id, endpoints));
        o.set("Options", json.valueToTree(n.options()));
        o.set("Labels", json.valueToTree(n.labels()));
        return o;
    }

    private void endpoint(String network, String containerId, ObjectNode endpoints) {
        Container c;
        try {
            c = containers.inspect(containerId);
        } catch (NotFoundException e) {
            return;
        }
        NetworkAttachment a = c.networks().stream().filter(n -> n.network().equals(network)).findFirst()
                .orElse(new NetworkAttachment(network, null, null, null, null, null, null));
        endpoints.putObject(c.id()).put("Name", c.name()).put("EndpointID", "")
                .put("MacAddress", a.macAddress() == null ? "" : a.macAddress())
                .put("IPv4Address", a.ipv4Address() == null ? "" : a.ipv4Address() + "/" + a.prefixLength())
                .put("IPv6Address", "");
    }
}
