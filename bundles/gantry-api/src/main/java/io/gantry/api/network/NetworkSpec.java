package io.gantry.api.network;

import java.util.List;
import java.util.Map;

/**
 * What a user asks for when creating a network, as Docker's NetworkCreate has it. {@code pools} are the IPAM
 * configurations, at most one per address family for a driver that says so; an IPv4 one the driver does not get
 * is chosen by it. {@code enableIpv6} gives the network IPv6 too (on the IPv6 pool, or one the driver chooses);
 * an internal network has no route out of the host; {@code attachable} is recorded and shown. {@code options} are
 * the driver's options: a driver applies those it knows and refuses the others, never dropping one.
 */
public record NetworkSpec(String name, List<IpamPool> pools, boolean enableIpv6, boolean internal,
        boolean attachable, Map<String, String> labels, Map<String, String> options) {
    public NetworkSpec {
        pools = pools == null ? List.of() : List.copyOf(pools);
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        options = options == null ? Map.of() : Map.copyOf(options);
    }

    /**
     * An IPv4 network: {@code subnet} such as 10.90.0.0/24, or null for one the driver chooses; {@code gateway}
     * null for the subnet's first address.
     */
    public NetworkSpec(String name, String subnet, String gateway, boolean internal, Map<String, String> labels,
            Map<String, String> options) {
        this(name, subnet == null && gateway == null ? List.of() : List.of(new IpamPool(subnet, null, gateway, null)),
                false, internal, false, labels, options);
    }

    /** A network with a driver-chosen subnet and nothing else set. */
    public static NetworkSpec named(String name) {
        return new NetworkSpec(name, List.of(), false, false, false, Map.of(), Map.of());
    }

    /** The subnet of the IPv4 pool, or null; for drivers that know only IPv4. */
    public String subnet() {
        return Pools.ofIpv4(pools, IpamPool::subnet);
    }

    /** The gateway of the IPv4 pool, or null. */
    public String gateway() {
        return Pools.ofIpv4(pools, IpamPool::gateway);
    }
}
