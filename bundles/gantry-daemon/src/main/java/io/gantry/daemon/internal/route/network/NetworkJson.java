package io.gantry.daemon.internal.route.network;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gantry.api.NotFoundException;
import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerLifecycle;
import io.gantry.api.network.IpamPool;
import io.gantry.api.network.NetworkAttachment;
import io.gantry.api.network.NetworkInfo;
import io.gantry.daemon.internal.json.Times;
import java.util.Comparator;
import java.util.TreeMap;

/**
 * A network in Docker's list and inspect shape, with the endpoints of the containers on it: IPAM.Config holds
 * each pool, IPv4 first, with IPRange and AuxiliaryAddresses only when set, as dockerd leaves them out.
 */
final class NetworkJson {
    private final ObjectMapper json;
    private final ContainerLifecycle containers;

    NetworkJson(ObjectMapper json, ContainerLifecycle containers) {
        this.json = json;
        this.containers = containers;
    }

    ObjectNode of(NetworkInfo n) {
        ObjectNode o = json.createObjectNode().put("Name", n.name()).put("Id", n.id()).put("Created", Times.ZERO)
                .put("Scope", "local").put("Driver", n.driver()).put("EnableIPv6", n.enableIpv6());
        ObjectNode ipam = o.putObject("IPAM").put("Driver", "default");
        ipam.putObject("Options");
        ArrayNode config = ipam.putArray("Config");
        n.pools().stream().sorted(Comparator.comparing(IpamPool::ipv6)).forEach(pool -> config.add(pool(pool)));
        o.put("Internal", n.internal()).put("Attachable", n.attachable()).put("Ingress", false);
        o.putObject("ConfigFrom").put("Network", "");
        o.put("ConfigOnly", false);
        ObjectNode endpoints = o.putObject("Containers");
        n.containers().stream().sorted().forEach(id -> endpoint(n.name(), id, endpoints));
        o.set("Options", json.valueToTree(n.options()));
        o.set("Labels", json.valueToTree(n.labels()));
        return o;
    }

    private ObjectNode pool(IpamPool pool) {
        ObjectNode o = json.createObjectNode().put("Subnet", pool.subnet());
        if (pool.ipRange() != null) {
            o.put("IPRange", pool.ipRange());
        }
        if (pool.gateway() != null) {
            o.put("Gateway", pool.gateway());
        }
        if (!pool.auxAddresses().isEmpty()) {
            o.set("AuxiliaryAddresses", json.valueToTree(new TreeMap<>(pool.auxAddresses())));
        }
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
                .orElse(NetworkAttachment.detached(network));
        endpoints.putObject(c.id()).put("Name", c.name()).put("EndpointID", "")
                .put("MacAddress", a.macAddress() == null ? "" : a.macAddress())
                .put("IPv4Address", a.ipv4Address() == null ? "" : a.ipv4Address() + "/" + a.prefixLength())
                .put("IPv6Address", a.ipv6Address() == null ? "" : a.ipv6Address() + "/" + a.ipv6PrefixLength());
    }
}
