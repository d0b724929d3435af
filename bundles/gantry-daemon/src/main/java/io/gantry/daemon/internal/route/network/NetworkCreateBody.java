package io.gantry.daemon.internal.route.network;

import static io.gantry.daemon.internal.json.JsonKind.BOOLEAN;
import static io.gantry.daemon.internal.json.JsonKind.OBJECT;
import static io.gantry.daemon.internal.json.JsonKind.STRING;
import static io.gantry.daemon.internal.json.JsonKind.STRING_MAP;

import com.fasterxml.jackson.databind.JsonNode;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.network.IpamPool;
import io.gantry.api.network.NetworkSpec;
import io.gantry.daemon.internal.json.BodySchema;
import io.gantry.daemon.internal.json.JsonFields;
import io.gantry.daemon.internal.json.JsonKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of POST /networks/create as a {@link NetworkSpec}: name, IPAM pools (Subnet, IPRange, Gateway,
 * AuxiliaryAddresses, IPv4 or IPv6), EnableIPv6, Internal, Attachable, labels and driver options. An IPAM driver
 * other than the default one, and IPAM options, are refused rather than dropped.
 */
final class NetworkCreateBody {
    static final BodySchema SCHEMA = new BodySchema()
            .with(STRING, "Name", "Driver", "Scope", "ConfigFrom")
            .with(BOOLEAN, "CheckDuplicate", "Internal", "Attachable", "Ingress", "EnableIPv6", "ConfigOnly")
            .with(OBJECT, "IPAM")
            .with(STRING_MAP, "Options", "Labels");

    private NetworkCreateBody() {
    }

    static NetworkSpec read(JsonNode body) {
        String name = JsonFields.string(body, "Name");
        return new NetworkSpec(name == null ? "" : name, pools(JsonFields.object(body, "IPAM")),
                JsonFields.bool(body, "EnableIPv6"), JsonFields.bool(body, "Internal"),
                JsonFields.bool(body, "Attachable"), JsonFields.stringMap(body, "Labels"),
                JsonFields.stringMap(body, "Options"));
    }

    private static List<IpamPool> pools(JsonNode ipam) {
        String driver = JsonFields.string(ipam, "Driver");
        if (driver != null && !driver.isEmpty() && !driver.equals("default")) {
            throw new InvalidArgumentException("IPAM driver " + driver + " is not supported: only the default one is");
        }
        if (JsonFields.present(ipam, "Options")) {
            throw new InvalidArgumentException("IPAM options are not supported yet: got "
                    + JsonFields.stringMap(ipam, "Options"));
        }
        JsonNode config = ipam.get("Config");
        if (config != null && !config.isNull() && !JsonKind.ARRAY.fits(config)) {
            throw JsonKind.ARRAY.mismatch("IPAM.Config", config);
        }
        List<IpamPool> pools = new ArrayList<>();
        for (JsonNode pool : config == null ? List.<JsonNode>of() : config) {
            if (!pool.isObject()) {
                throw new InvalidArgumentException("invalid IPAM.Config: each pool is an object");
            }
            pools.add(new IpamPool(emptyToNull(JsonFields.string(pool, "Subnet")),
                    emptyToNull(JsonFields.string(pool, "IPRange")), emptyToNull(JsonFields.string(pool, "Gateway")),
                    JsonFields.stringMap(pool, "AuxiliaryAddresses")));
        }
        return pools;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
