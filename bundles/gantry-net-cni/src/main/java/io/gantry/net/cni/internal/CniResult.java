package io.gantry.net.cni.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.gantry.api.network.NetworkAttachment;
import io.gantry.api.network.PortBinding;
import java.util.List;

/**
 * What a NetworkAttachment shows of a CNI result (format 0.3.0 and later): the container interface's first IPv4
 * address with its prefix and gateway, and its MAC address.
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
        JsonNode ip = ipv4Entry();
        String cidr = ip.path("address").asText(null);
        String address = cidr == null ? null : cidr.split("/")[0];
        Integer prefix = cidr == null || !cidr.contains("/") ? null : Integer.valueOf(cidr.split("/")[1]);
        String gateway = ip.path("gateway").asText(defaultGateway());
        return new NetworkAttachment(network, ifname, address, prefix, gateway, mac(ip), ports);
    }

    /** The container's IPv4 address on this network, or null. */
    String ipv4() {
        return attachment(null, List.of()).ipv4Address();
    }

    private JsonNode ipv4Entry() {
        JsonNode fallback = MissingNode.getInstance();
        for (JsonNode ip : result.path("ips")) {
            if (isIpv4(ip.path("address").asText())) {
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

    private String defaultGateway() {
        for (JsonNode route : result.path("routes")) {
            if (route.path("dst").asText().equals("0.0.0.0/0") && route.hasNonNull("gw")) {
                return route.get("gw").asText();
            }
        }
        return null;
    }

    private static boolean isIpv4(String cidr) {
        return !cidr.isEmpty() && !cidr.contains(":");
    }
}
