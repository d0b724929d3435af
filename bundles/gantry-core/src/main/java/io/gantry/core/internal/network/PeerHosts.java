package io.gantry.core.internal.network;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The /etc/hosts entries of a container's peers: each name with its IPv4 address and, if it has one, its IPv6. */
public record PeerHosts(Map<String, String> ipv4, Map<String, String> ipv6) {
    public static final PeerHosts NONE = new PeerHosts(Map.of(), Map.of());

    public PeerHosts {
        ipv4 = Map.copyOf(ipv4);
        ipv6 = Map.copyOf(ipv6);
    }

    /** Both, the entries of {@code other} winning. */
    PeerHosts with(PeerHosts other) {
        Map<String, String> v4 = new LinkedHashMap<>(ipv4);
        Map<String, String> v6 = new LinkedHashMap<>(ipv6);
        v4.putAll(other.ipv4);
        v6.putAll(other.ipv6);
        return new PeerHosts(v4, v6);
    }

    /** The hosts lines, "address\tname", IPv4 ones first, each family sorted by name. */
    List<String> lines() {
        return java.util.stream.Stream.concat(lines(ipv4).stream(), lines(ipv6).stream()).toList();
    }

    private static List<String> lines(Map<String, String> entries) {
        return entries.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getValue() + "\t" + e.getKey()).toList();
    }
}
