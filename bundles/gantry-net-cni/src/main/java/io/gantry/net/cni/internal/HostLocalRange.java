package io.gantry.net.cni.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** The subnet and gateway a network shows: those of the first host-local range of its plugins, if any. */
record HostLocalRange(String subnet, String gateway) {
    static Optional<HostLocalRange> of(NetworkConfigList list) {
        for (JsonNode plugin : list.plugins()) {
            JsonNode ipam = plugin.path("ipam");
            if (ipam.path("type").asText().equals("host-local")) {
                JsonNode range = ipam.path("ranges").path(0).path(0);
                JsonNode source = range.has("subnet") ? range : ipam;
                if (source.has("subnet")) {
                    String subnet = source.get("subnet").asText();
                    String gateway = source.has("gateway") ? source.get("gateway").asText() : firstHost(subnet);
                    return Optional.of(new HostLocalRange(subnet, gateway));
                }
            }
        }
        return Optional.empty();
    }

    /** The first host address of an IPv4 CIDR (host-local's default gateway), or null for anything else. */
    private static String firstHost(String cidr) {
        String[] parts = cidr.split("/");
        String[] octets = parts[0].split("\\.");
        if (parts.length != 2 || octets.length != 4) {
            return null;
        }
        try {
            long address = 0;
            for (String octet : octets) {
                address = address << 8 | Integer.parseInt(octet);
            }
            int prefix = Integer.parseInt(parts[1]);
            long mask = prefix == 0 ? 0 : 0xffffffffL << (32 - prefix) & 0xffffffffL;
            long first = (address & mask) + 1;
            return (first >> 24 & 255) + "." + (first >> 16 & 255) + "." + (first >> 8 & 255) + "." + (first & 255);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
