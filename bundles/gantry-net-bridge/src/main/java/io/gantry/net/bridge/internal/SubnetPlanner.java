package io.gantry.net.bridge.internal;

import io.gantry.api.ConflictException;
import io.gantry.api.FailedPreconditionException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Picks subnets for networks and refuses those that clash. Candidates are 10.88.0.0/16 to 10.99.0.0/16, then the
 * /24s of 172.30.0.0/15; 172.17.0.0/16 (Docker's default) is never chosen.
 */
final class SubnetPlanner {
    private static final List<Subnet> CANDIDATES = Stream.concat(
            IntStream.rangeClosed(88, 99).mapToObj(b -> Subnet.parse("10." + b + ".0.0/16")),
            IntStream.range(0, 512).mapToObj(i -> Subnet.parse("172." + (30 + i / 256) + "." + i % 256 + ".0/24")))
            .toList();

    private final HostRoutes routes;

    SubnetPlanner(HostRoutes routes) {
        this.routes = routes;
    }

    Subnet pick(Collection<NetworkRecord> networks) {
        List<HostRoutes.Route> hostRoutes = routes.list();
        return CANDIDATES.stream()
                .filter(c -> networks.stream().noneMatch(n -> n.cidr().overlaps(c)))
                .filter(c -> hostRoutes.stream().noneMatch(r -> r.subnet().overlaps(c)))
                .findFirst()
                .orElseThrow(() -> new FailedPreconditionException(
                        "no free subnet left among 10.88-99.0.0/16 and 172.30-31.x.0/24: give one with --subnet"));
    }

    /** @throws ConflictException naming both sides if {@code subnet} overlaps a network or a host route */
    void checkFree(Subnet subnet, Collection<NetworkRecord> networks) {
        Optional<NetworkRecord> network = networks.stream().filter(n -> n.cidr().overlaps(subnet)).findFirst();
        if (network.isPresent()) {
            throw new ConflictException("subnet " + subnet + " overlaps subnet " + network.get().subnet()
                    + " of network " + network.get().name());
        }
        routes.list().stream().filter(r -> r.subnet().overlaps(subnet)).findFirst().ifPresent(route -> {
            throw new ConflictException("subnet " + subnet + " overlaps the " + route);
        });
    }
}
