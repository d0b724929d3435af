package io.gantry.net.bridge.internal;

import io.gantry.api.ConflictException;
import io.gantry.api.FailedPreconditionException;
import io.gantry.api.network.IpSubnet;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Picks subnets for networks and refuses those that clash with another network or a route of the host. IPv4
 * candidates are 10.88.0.0/16 to 10.99.0.0/16, then the /24s of 172.30.0.0/15; 172.17.0.0/16 (Docker's default) is
 * never chosen. IPv6 candidates are the /64s of the unique local prefix fd67:616e:7472::/48 ("gantr").
 */
final class SubnetPlanner {
    private static final List<IpSubnet> CANDIDATES = Stream.concat(
            IntStream.rangeClosed(88, 99).mapToObj(b -> IpSubnet.parse("10." + b + ".0.0/16", "subnet")),
            IntStream.range(0, 512).mapToObj(i -> IpSubnet.parse("172." + (30 + i / 256) + "." + i % 256 + ".0/24",
                    "subnet")))
            .toList();
    private static final List<IpSubnet> IPV6_CANDIDATES = IntStream.range(1, 4096)
            .mapToObj(i -> IpSubnet.parse("fd67:616e:7472:" + Integer.toHexString(i) + "::/64", "subnet")).toList();

    private final HostRoutes routes;

    SubnetPlanner(HostRoutes routes) {
        this.routes = routes;
    }

    IpSubnet pick(Collection<NetworkRecord> networks, boolean ipv6) {
        List<HostRoutes.Route> hostRoutes = routes.list(ipv6);
        return (ipv6 ? IPV6_CANDIDATES : CANDIDATES).stream()
                .filter(c -> networks.stream().noneMatch(n -> n.cidr().all().stream().anyMatch(c::overlaps)))
                .filter(c -> hostRoutes.stream().noneMatch(r -> r.subnet().overlaps(c)))
                .findFirst()
                .orElseThrow(() -> new FailedPreconditionException(ipv6
                        ? "no free IPv6 subnet left in fd67:616e:7472::/48: give one with --subnet"
                        : "no free subnet left among 10.88-99.0.0/16 and 172.30-31.x.0/24: give one with --subnet"));
    }

    /** @throws ConflictException naming both sides if {@code subnet} overlaps a network or a host route */
    void checkFree(IpSubnet subnet, Collection<NetworkRecord> networks) {
        for (NetworkRecord network : networks) {
            Optional<IpSubnet> taken = network.cidr().all().stream().filter(s -> s.overlaps(subnet)).findFirst();
            if (taken.isPresent()) {
                throw new ConflictException("subnet " + subnet + " overlaps subnet " + taken.get() + " of network "
                        + network.name());
            }
        }
        routes.list(subnet.ipv6()).stream().filter(r -> r.subnet().overlaps(subnet)).findFirst().ifPresent(route -> {
            throw new ConflictException("subnet " + subnet + " overlaps the " + route);
        });
    }
}
