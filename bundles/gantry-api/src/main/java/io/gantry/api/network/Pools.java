package io.gantry.api.network;

import java.util.List;
import java.util.function.Function;

/** Picks a family's pool out of a list. */
final class Pools {
    private Pools() {
    }

    static IpamPool first(List<IpamPool> pools, boolean ipv6) {
        return pools.stream().filter(p -> p.ipv6() == ipv6).findFirst().orElse(null);
    }

    /** A field of the IPv4 pool, or null without one. */
    static String ofIpv4(List<IpamPool> pools, Function<IpamPool, String> field) {
        IpamPool pool = first(pools, false);
        return pool == null ? null : field.apply(pool);
    }
}
