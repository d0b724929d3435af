package io.gantry.net.cni.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.gantry.api.network.NetworkAttachment;
import io.gantry.api.network.PortBinding;
import java.util.List;

/**
 * What a NetworkAttachment shows of a CNI result (format 0.3.0 and later): the container interface's first IPv4
 * and first IPv6 address, each with its prefix and gateway, and its MAC address.
 */
final class CniResult {
    private final JsonNode result;
    private final String ifname;

    /** @param result the final ADD result, null if the plugins returned none */
    CniResult(JsonNode result, String ifname) {
        this.result = result == null ? MissingNode.getInstance() : result;
        this.ifname = ifname;
    }

    NetworkAttachment attachment(String network, List<PortBinding> ports) {
        JsonNode ip = entry(false);
        JsonNode ip6 = entry(true);
        return new NetworkAttachment(network, ifname, address(ip), prefix(ip),
                ip.path("gateway").asText(defaultGateway("0.0.0.0/0")), address(ip6), prefix(ip6),
                ip6.path("gateway").asText(defaultGateway("::/0")), mac(ip.isMissingNode() ? ip6 : ip), ports);
    }

    private static String address(JsonNode ip) {
        String cidr = ip.path("address").asText(null);
        return cidr == null ? null : cidr.split("/")[0];
    }

    private static Integer prefix(JsonNode ip) {
        String cidr = ip.path("address").asText(null);
        return cidr == null || !cidr.contains("/") ? null : Integer.valueOf(cidr.split("/")[1]);
    }

    /** The container's IPv4 address on this network, or null. */
    String ipv4() {
        return attachment(null, List.of()).ipv4Address();
    }

    /** The family's first address on the container's interface, else its first address at all. */
    private JsonNode entry(boolean ipv6) {
        JsonNode fallback = MissingNode.getInstance();
        for (JsonNode ip : result.path("ips")) {
            String address = ip.path("address").asText();
            if (!address.isEmpty() && address.contains(":") == ipv6) {
                if (isContainerInterface(ip.path("interface"))) {
                    return ip;
                }
                fallback = fallback.isMissingNode() ? ip : fallback;
            }
        }
        return fallback;
    }

    private boolean isContainerInterface(JsonNode index) {
        return index.isInt() && result.path("interfaces").path(index.asInt()).path("name").asText().equals(ifname);
    }

    private String mac(JsonNode ip) {
        JsonNode byIndex = ip.path("interface");
        if (byIndex.isInt()) {
            return result.path("interfaces").path(byIndex.asInt()).path("mac").asText(null);
        }
        for (JsonNode iface : result.path("interfaces")) {
            if (iface.path("name").asText().equals(ifname) && iface.hasNonNull("sandbox")) {
                return iface.path("mac").asText(null);
            }
        }
        return null;
    }

    private String defaultGateway(String defaultRoute) {
        for (JsonNode route : result.path("routes")) {
            if (route.path("dst").asText().equals(defaultRoute) && route.hasNonNull("gw")) {
                return route.get("gw").asText();
            }
        }
        return null;
    }
}
