package io.gantry.net.bridge.internal;

import io.gantry.api.ConflictException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.network.IpAddress;
import io.gantry.api.network.IpSubnet;
import io.gantry.api.network.IpamPool;
import io.gantry.api.network.NetworkSpec;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Turns a network spec into the record of a new network, checking every part first: one pool per family at most,
 * an IPv6 pool only with IPv6 on, subnets free on the host, gateways, ranges and auxiliary addresses inside their
 * subnet, the options and the bridge's name. A family without a pool gets a free subnet of the planner's.
 */
final class NetworkPlans {
    private final SubnetPlanner planner;
    private final Links links;

    NetworkPlans(SubnetPlanner planner, Links links) {
        this.planner = planner;
        this.links = links;
    }

    NetworkRecord plan(NetworkSpec spec, String id, String bridge, List<NetworkRecord> networks) {
        BridgeOptions options = BridgeOptions.parse(spec.options());
        List<IpamPool> v4 = spec.pools().stream().filter(p -> !p.ipv6()).toList();
        List<IpamPool> v6 = spec.pools().stream().filter(IpamPool::ipv6).toList();
        if (v4.size() > 1 || v6.size() > 1) {
            throw new InvalidArgumentException("bridge driver doesn't support multiple subnets");
        }
        boolean ipv6 = spec.enableIpv6() || options.enableIpv6();
        if (!v6.isEmpty() && !ipv6) {
            throw new InvalidArgumentException("IPv6 subnet " + v6.get(0).subnet() + " given for network "
                    + spec.name() + " without IPv6: enable it (--ipv6, EnableIPv6)");
        }
        if (ipv6 && options.mtu() != 0 && options.mtu() < 1280) {
            throw new InvalidArgumentException("invalid MTU number: " + options.mtu() + " (IPv6 needs 1280 or more)");
        }
        IpamPool ipv4Pool = pool(v4.isEmpty() ? null : v4.get(0), false, networks);
        IpamPool ipv6Pool = ipv6 ? pool(v6.isEmpty() ? null : v6.get(0), true, networks) : null;
        String bridgeName = options.bridgeName() == null ? bridge : options.bridgeName();
        if (options.bridgeName() != null) {
            checkBridgeFree(bridgeName, networks);
        }
        return new NetworkRecord(id, spec.name(), bridgeName, ipv4Pool.subnet(), ipv4Pool.gateway(),
                ipv4Pool.ipRange(), ipv4Pool.auxAddresses(), ipv6Pool, spec.internal(), spec.attachable(),
                spec.labels(), spec.options());
    }

    /** The pool as it will be: its subnet (given or picked, free), gateway (given or the first host address). */
    private IpamPool pool(IpamPool given, boolean ipv6, List<NetworkRecord> networks) {
        String family = ipv6 ? "IPv6 " : "";
        if (given != null && (given.subnet() == null || given.subnet().isEmpty())) {
            throw new InvalidArgumentException("invalid " + family + "pool: a gateway, ip-range or auxiliary address"
                    + " needs its subnet");
        }
        IpSubnet subnet = given == null ? planner.pick(networks, ipv6) : IpSubnet.parse(given.subnet(), "subnet");
        if (subnet.ipv6() != ipv6) {
            throw new InvalidArgumentException("invalid subnet " + subnet + ": not an IPv" + (ipv6 ? 6 : 4) + " subnet");
        }
        if (subnet.size().compareTo(BigInteger.valueOf(4)) < 0) {
            throw new InvalidArgumentException("invalid subnet " + subnet + ": a network needs a prefix of /"
                    + (ipv6 ? 126 : 30) + " or shorter");
        }
        String gatewayText = given == null || given.gateway() == null || given.gateway().isEmpty()
                ? subnet.address(1).toString() : given.gateway();
        IpAddress gateway = IpAddress.parse(gatewayText, family + "gateway", ipv6);
        if (!Ipam.usable(subnet, gateway)) {
            throw new InvalidArgumentException("invalid " + family + "gateway " + gatewayText + ": not a host address of "
                    + subnet);
        }
        String range = given == null || given.ipRange() == null || given.ipRange().isEmpty() ? null : given.ipRange();
        if (range != null && !subnet.covers(IpSubnet.parse(range, "ip-range"))) {
            throw new InvalidArgumentException("invalid ip-range " + range + ": not inside subnet " + subnet);
        }
        Map<String, String> aux = given == null ? Map.of() : given.auxAddresses();
        aux.forEach((name, address) -> {
            if (!subnet.contains(IpAddress.parse(address, "auxiliary address " + name))) {
                throw new InvalidArgumentException("invalid auxiliary address " + name + "=" + address
                        + ": not inside subnet " + subnet);
            }
        });
        planner.checkFree(subnet, networks);
        return new IpamPool(subnet.toString(), range, gateway.toString(), aux);
    }

    private void checkBridgeFree(String bridge, List<NetworkRecord> networks) {
        networks.stream().filter(n -> n.bridge().equals(bridge)).findFirst().ifPresent(n -> {
            throw new ConflictException("bridge " + bridge + " is already the bridge of network " + n.name());
        });
        if (links.exists(bridge)) {
            throw new ConflictException("a link named " + bridge + " already exists on the host: choose another "
                    + BridgeOptions.BRIDGE_NAME);
        }
    }
}
