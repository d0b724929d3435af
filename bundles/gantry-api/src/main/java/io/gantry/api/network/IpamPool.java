package io.gantry.api.network;

import io.gantry.api.InvalidArgumentException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One address pool of a network, as Docker's IPAM.Config entry: a subnet (IPv4 or IPv6), the range containers'
 * addresses are picked from (null: the whole subnet), the gateway (null: the driver's choice) and auxiliary
 * addresses, by name, that are never handed out.
 */
public record IpamPool(String subnet, String ipRange, String gateway, Map<String, String> auxAddresses) {
    public IpamPool {
        auxAddresses = auxAddresses == null ? Map.of() : Map.copyOf(auxAddresses);
    }

    /** A pool of the whole subnet, with the driver's gateway. */
    public static IpamPool of(String subnet) {
        return new IpamPool(subnet, null, null, Map.of());
    }

    /** This pool with another gateway. */
    public IpamPool withGateway(String value) {
        return new IpamPool(subnet, ipRange, value, auxAddresses);
    }

    /** Whether the pool is IPv6, as its subnet (or, without one, its gateway) says. */
    public boolean ipv6() {
        String address = subnet != null ? subnet : gateway != null ? gateway : "";
        return address.indexOf(':') >= 0;
    }

    /**
     * The pools of repeated {@code --subnet}, {@code --ip-range}, {@code --gateway} and {@code --aux-address} flags,
     * as the docker CLI makes them: each range, gateway and auxiliary address joins the subnet that contains it.
     *
     * @throws InvalidArgumentException with the docker CLI's wording if a value has no subnet or two clash
     */
    public static List<IpamPool> fromFlags(List<String> subnets, List<String> ranges, List<String> gateways,
            Map<String, String> auxAddresses) {
        if (subnets.size() < ranges.size() || subnets.size() < gateways.size()) {
            throw new InvalidArgumentException("every ip-range or gateway must have a corresponding subnet");
        }
        List<IpSubnet> parsed = new ArrayList<>();
        for (String subnet : subnets) {
            IpSubnet s = IpSubnet.parse(subnet, "subnet");
            if (parsed.stream().anyMatch(s::overlaps)) {
                throw new InvalidArgumentException("multiple overlapping subnet configuration is not supported");
            }
            parsed.add(s);
        }
        String[] chosenRanges = new String[subnets.size()];
        String[] chosenGateways = new String[subnets.size()];
        List<Map<String, String>> aux = new ArrayList<>();
        parsed.forEach(s -> aux.add(new LinkedHashMap<>()));
        for (String range : ranges) {
            int i = holder(parsed, IpSubnet.parse(range, "ip-range").base(), "range " + range);
            if (chosenRanges[i] != null) {
                throw new InvalidArgumentException("cannot configure multiple ranges (" + range + ", "
                        + chosenRanges[i] + ") on the same subnet (" + subnets.get(i) + ")");
            }
            chosenRanges[i] = range;
        }
        for (String gateway : gateways) {
            int i = holder(parsed, IpAddress.parse(gateway, "gateway"), "gateway " + gateway);
            if (chosenGateways[i] != null) {
                throw new InvalidArgumentException("cannot configure multiple gateways (" + gateway + ", "
                        + chosenGateways[i] + ") for the same subnet (" + subnets.get(i) + ")");
            }
            chosenGateways[i] = gateway;
        }
        auxAddresses.forEach((name, address) -> aux.get(holder(parsed,
                IpAddress.parse(address, "aux-address"), "aux-address " + address)).put(name, address));
        List<IpamPool> pools = new ArrayList<>();
        for (int i = 0; i < subnets.size(); i++) {
            pools.add(new IpamPool(subnets.get(i), chosenRanges[i], chosenGateways[i], aux.get(i)));
        }
        return pools;
    }

    private static int holder(List<IpSubnet> subnets, IpAddress address, String what) {
        for (int i = 0; i < subnets.size(); i++) {
            if (subnets.get(i).contains(address)) {
                return i;
            }
        }
        throw new InvalidArgumentException("no matching subnet for " + what);
    }
}
