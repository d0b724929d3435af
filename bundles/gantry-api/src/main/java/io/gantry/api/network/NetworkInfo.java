package io.gantry.api.network;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A network as the driver keeps it, with the ids of the containers attached to it. {@code pools} hold the
 * subnets in effect with their gateways, IPv4 first; {@code enableIpv6} is true only if containers get IPv6
 * addresses on it.
 */
public record NetworkInfo(String id, String name, String driver, List<IpamPool> pools, boolean enableIpv6,
        boolean internal, boolean attachable, Map<String, String> labels, Map<String, String> options,
        Set<String> containers) {
    public NetworkInfo {
        pools = pools == null ? List.of() : List.copyOf(pools);
        labels = Map.copyOf(labels);
        options = Map.copyOf(options);
        containers = Set.copyOf(containers);
    }

    /** An IPv4-only network; a null subnet is a network without addresses (host, none). */
    public NetworkInfo(String id, String name, String driver, String subnet, String gateway, boolean internal,
            Map<String, String> labels, Map<String, String> options, Set<String> containers) {
        this(id, name, driver, subnet == null ? List.of() : List.of(new IpamPool(subnet, null, gateway, null)),
                false, internal, false, labels, options, containers);
    }

    /** The IPv4 subnet, or null. */
    public String subnet() {
        return Pools.ofIpv4(pools, IpamPool::subnet);
    }

    /** The IPv4 gateway, or null. */
    public String gateway() {
        return Pools.ofIpv4(pools, IpamPool::gateway);
    }

    /** The IPv6 pool, or null. */
    public IpamPool ipv6Pool() {
        return Pools.first(pools, true);
    }

    /** This network with other containers. */
    public NetworkInfo withContainers(Set<String> ids) {
        return new NetworkInfo(id, name, driver, pools, enableIpv6, internal, attachable, labels, options, ids);
    }
}
