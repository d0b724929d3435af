package io.gantry.daemon.internal.route.network;

import com.fasterxml.jackson.databind.JsonNode;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.network.EndpointConfig;
import io.gantry.api.network.MacAddresses;
import io.gantry.daemon.internal.json.JsonFields;

/**
 * One endpoint's settings as clients send them (the EndpointConfig of a connect, an entry of a create body's
 * NetworkingConfig.EndpointsConfig): Aliases and IPAMConfig's IPv4Address and IPv6Address, and a connect's MacAddress
 * and Links.
 */
public final class EndpointSettingsBody {
    private EndpointSettingsBody() {
    }

    public static EndpointConfig read(JsonNode endpoint) {
        JsonNode ipam = JsonFields.object(endpoint, "IPAMConfig");
        return new EndpointConfig(JsonFields.strings(endpoint, "Aliases"), JsonFields.string(ipam, "IPv4Address"),
                JsonFields.string(ipam, "IPv6Address"));
    }

    /** A connect's EndpointConfig: also its MacAddress and its Links. */
    static EndpointConfig readConnect(JsonNode endpoint) {
        EndpointConfig settings = read(endpoint);
        return new EndpointConfig(settings.aliases(), settings.ipv4Address(), settings.ipv6Address(),
                MacAddresses.normal("EndpointConfig.MacAddress", JsonFields.string(endpoint, "MacAddress")),
                JsonFields.strings(endpoint, "Links"));
    }

    /** Refuses, naming it, each setting of a connect's EndpointConfig that Gantry does not apply. */
    static void refuseUnsupported(JsonNode endpoint) {
        refuse(endpoint, "EndpointConfig", "DriverOpts", "--driver-opt");
        refuse(JsonFields.object(endpoint, "IPAMConfig"), "EndpointConfig.IPAMConfig", "LinkLocalIPs",
                "--link-local-ip");
    }

    private static void refuse(JsonNode parent, String where, String field, String flag) {
        if (JsonFields.present(parent, field)) {
            throw new InvalidArgumentException(where + "." + field + " (" + flag + ") is not supported yet: got "
                    + parent.get(field));
        }
    }
}
