package io.gantry.net.bridge.internal;

import io.gantry.api.network.IpAddress;
import io.gantry.api.network.IpSubnet;
import io.gantry.api.network.IpamPool;
import io.gantry.api.network.NetworkInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A network as persisted in networks.json: its IPv4 pool (subnet, gateway, the range addresses are picked from and
 * the auxiliary addresses never handed out) and, if it has IPv6, its IPv6 pool with the gateway in effect. Files of
 * an older driver, without the newer fields, read as IPv4-only networks.
 */
record NetworkRecord(String id, String name, String bridge, String subnet, String gateway, String ipRange,
        Map<String, String> auxAddresses, IpamPool ipv6, boolean internal, boolean attachable,
        Map<String, String> labels, Map<String, String> options) {
    NetworkRecord {
        auxAddresses = auxAddresses == null ? Map.of() : Map.copyOf(auxAddresses);
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        options = options == null ? Map.of() : Map.copyOf(options);
    }

    Subnets cidr() {
        return new Subnets(IpSubnet.parse(subnet, "subnet"),
                ipv6 == null ? null : IpSubnet.parse(ipv6.subnet(), "IPv6 subnet"));
    }

    /** The pools, IPv4 first. */
    List<IpamPool> pools() {
        List<IpamPool> pools = new ArrayList<>();
        pools.add(new IpamPool(subnet, ipRange, gateway, auxAddresses));
        if (ipv6 != null) {
            pools.add(ipv6);
        }
        return pools;
    }

    /** What IPAM hands out from on this network, per family; null for IPv6 on a network without. */
    Ipam.Pool pool(boolean v6) {
        IpamPool pool = v6 ? ipv6 : new IpamPool(subnet, ipRange, gateway, auxAddresses);
        if (pool == null) {
            return null;
        }
        IpSubnet whole = IpSubnet.parse(pool.subnet(), "subnet");
        IpSubnet range = pool.ipRange() == null ? whole : IpSubnet.parse(pool.ipRange(), "ip-range");
        return new Ipam.Pool(whole, range, IpAddress.parse(pool.gateway(), "gateway"),
                Set.copyOf(pool.auxAddresses().values().stream().map(a -> IpAddress.parse(a, "aux address")).toList()));
    }

    BridgeOptions settings() {
        return BridgeOptions.parse(options);
    }

    /** A short tag for iptables comments and log lines. */
    String tag() {
        return "gantry:net=" + id.substring(0, 12);
    }

    NetworkInfo info(Set<String> containers) {
        return new NetworkInfo(id, name, "bridge", pools(), ipv6 != null, internal, attachable, labels, options,
                containers);
    }

    /** The IPv4 subnet and, on a network with IPv6, the IPv6 one. */
    record Subnets(IpSubnet ipv4, IpSubnet ipv6) {
        List<IpSubnet> all() {
            return ipv6 == null ? List.of(ipv4) : List.of(ipv4, ipv6);
        }
    }
}
