package io.gantry.daemon.internal.route.container.body;

import com.fasterxml.jackson.databind.JsonNode;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.network.EndpointConfig;
import io.gantry.api.network.MacAddresses;
import io.gantry.daemon.internal.json.JsonFields;
import io.gantry.daemon.internal.route.network.EndpointSettingsBody;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * NetworkingConfig.EndpointsConfig of a create body: the aliases of every endpoint (the CLI sends one, for
 * --network), its links and MAC address, and the fixed addresses of --ip and --ip6 (IPAMConfig's IPv4Address and
 * IPv6Address).
 */
final class EndpointsBody {
    private EndpointsBody() {
    }

    static List<String> aliases(JsonNode body) {
        List<String> aliases = new ArrayList<>();
        for (JsonNode endpoint : endpoints(body)) {
            List<String> names = JsonFields.strings(endpoint, "Aliases");
            if (names != null) {
                aliases.addAll(names);
            }
        }
        return aliases;
    }

    /** HostConfig.Links and the Links of every endpoint (the CLI copies --link to a user network's), each once. */
    static List<String> links(JsonNode body, JsonNode host) {
        Set<String> links = new LinkedHashSet<>();
        Optional.ofNullable(JsonFields.strings(host, "Links")).ifPresent(links::addAll);
        for (JsonNode endpoint : endpoints(body)) {
            Optional.ofNullable(JsonFields.strings(endpoint, "Links")).ifPresent(links::addAll);
        }
        return List.copyOf(links);
    }

    /** Config.MacAddress, else the MacAddress of an endpoint, which the CLI sends for --mac-address since 25. */
    static String macAddress(JsonNode body) {
        String mac = MacAddresses.normal("MacAddress (--mac-address)", JsonFields.string(body, "MacAddress"));
        for (JsonNode endpoint : endpoints(body)) {
            String asked = MacAddresses.normal("NetworkingConfig.EndpointsConfig.MacAddress",
                    JsonFields.string(endpoint, "MacAddress"));
            if (asked != null && mac != null && !asked.equals(mac)) {
                throw new InvalidArgumentException("conflicting MAC addresses " + mac + " and " + asked
                        + ": a container is created on one network");
            }
            mac = mac != null ? mac : asked;
        }
        return mac;
    }

    /** IPAMConfig.IPv4Address of the endpoints; null when none asks for one. */
    static String ipv4Address(JsonNode body) {
        return address(body, false);
    }

    /** IPAMConfig.IPv6Address of the endpoints; null when none asks for one. */
    static String ipv6Address(JsonNode body) {
        return address(body, true);
    }

    private static String address(JsonNode body, boolean ipv6) {
        String address = null;
        for (JsonNode endpoint : endpoints(body)) {
            EndpointConfig settings = EndpointSettingsBody.read(endpoint);
            String asked = ipv6 ? settings.ipv6Address() : settings.ipv4Address();
            if (asked != null) {
                if (address != null && !address.equals(asked)) {
                    throw new InvalidArgumentException("conflicting IPv" + (ipv6 ? 6 : 4) + " addresses " + address
                            + " and " + asked + ": a container is created on one network");
                }
                address = asked;
            }
        }
        return address;
    }

    private static List<JsonNode> endpoints(JsonNode body) {
        List<JsonNode> endpoints = new ArrayList<>();
        for (JsonNode endpoint : JsonFields.object(JsonFields.object(body, "NetworkingConfig"), "EndpointsConfig")) {
            if (!endpoint.isObject()) {
                throw new InvalidArgumentException(
                        "invalid NetworkingConfig.EndpointsConfig: each endpoint is an object");
            }
            endpoints.add(endpoint);
        }
        return endpoints;
    }
}
