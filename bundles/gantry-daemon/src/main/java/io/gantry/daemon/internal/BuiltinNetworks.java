package io.gantry.daemon.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gantry.api.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The networks an engine without network drivers still has: "none" and "host", which need no driver.
 * Their ids are the sha256 of their names, so they stay the same across restarts.
 */
final class BuiltinNetworks {
    record Network(String name, String id, String driver) {
    }

    static final List<Network> ALL = List.of(network("host", "host"), network("none", "null"));
    private static final Map<String, String> DRIVERS = Map.of("host", "host", "none", "null");

    private BuiltinNetworks() {
    }

    /** By name, full id or unique id prefix, as dockerd finds networks. */
    static Network find(String ref) {
        for (Network n : ALL) {
            if (n.name.equals(ref) || n.id.equals(ref)) {
                return n;
            }
        }
        List<Network> byPrefix = ALL.stream().filter(n -> n.id.startsWith(ref)).toList();
        if (byPrefix.size() == 1) {
            return byPrefix.get(0);
        }
        throw new NotFoundException("network " + ref + " not found");
    }

    static ObjectNode toJson(Network n, ObjectMapper json) {
        ObjectNode o = json.createObjectNode().put("Name", n.name).put("Id", n.id).put("Created", Times.ZERO)
                .put("Scope", "local").put("Driver", n.driver).put("EnableIPv6", false);
        ObjectNode ipam = o.putObject("IPAM").put("Driver", "default");
        ipam.putObject("Options");
        ipam.putArray("Config");
        o.put("Internal", false).put("Attachable", false).put("Ingress", false);
        o.putObject("ConfigFrom").put("Network", "");
        o.put("ConfigOnly", false);
        o.putObject("Containers");
        o.putObject("Options");
        o.putObject("Labels");
        return o;
    }

    /** The driver name Docker shows for a built-in network mode, or null for any other mode. */
    static String driverOf(String mode) {
        return DRIVERS.get(mode);
    }


    private static Network network(String name, String driver) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return new Network(name, HexFormat.of().formatHex(digest), driver);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
    }
}
