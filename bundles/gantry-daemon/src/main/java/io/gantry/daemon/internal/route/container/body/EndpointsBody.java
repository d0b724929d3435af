package io.gantry.daemon.internal.route.container.body;

import com.fasterxml.jackson.databind.JsonNode;
import io.gantry.api.InvalidArgumentException;
import io.gantry.daemon.internal.json.JsonFields;
import java.util.ArrayList;
import java.util.List;

/**
 * NetworkingConfig.EndpointsConfig of a create body: the aliases of every endpoint (the CLI sends one, for
 * --network) and the fixed address of --ip.
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

    /** IPAMConfig.IPv4Address of the endpoints; null when none asks for one. */
    static String ipv4Address(JsonNode body) {
        String address = null;
        for (JsonNode endpoint : endpoints(body)) {
            String asked = JsonFields.string(JsonFields.object(endpoint, "IPAMConfig"), "IPv4Address");
            if (asked != null && !asked.isEmpty()) {
                if (address != null && !address.equals(asked)) {
                    throw new InvalidArgumentException("conflicting IPv4 addresses " + address + " and " + asked
                            + ": a container is created on one network");
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
