package io.gantry.net.bridge.internal;

import io.gantry.api.network.EndpointSpec;
import io.gantry.api.network.PortBinding;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Connects a container to a network: address, veth pair, published ports; all or nothing. */
final class Endpoints {
    private final Links links;
    private final Firewall firewall;

    Endpoints(Links links, Firewall firewall) {
        this.links = links;
        this.firewall = firewall;
    }

    EndpointRecord open(String containerId, NetworkRecord network, Path netns, EndpointSpec spec,
            List<EndpointRecord> existing) {
        Set<Integer> leased = existing.stream().filter(e -> e.networkId().equals(network.id()))
                .map(e -> Ipv4.parse(e.ipv4(), "lease")).collect(Collectors.toSet());
        int address = Ipam.allocate(network, leased, spec.ipv4Address());
        List<PortBinding> ports = PortPublisher.resolve(spec.ports(), existing);
        String ip = Ipv4.format(address);
        EndpointRecord endpoint = new EndpointRecord(containerId, network.id(),
                Names.hostVeth(containerId, network.id()), links.freeInterfaceName(netns), ip, Ipv4.macFor(address),
                names(spec), ports);
        try {
            links.createVeth(endpoint.hostVeth(), network.bridge(), netns, endpoint.interfaceName(), endpoint.mac(),
                    ip + "/" + network.cidr().prefixLength());
            if (!network.internal()) {
                links.addDefaultRoute(netns, network.gateway());
            }
            firewall.add(firewall.rules().forEndpoint(network, endpoint));
        } catch (RuntimeException e) {
            links.delete(endpoint.hostVeth());
            throw e;
        }
        return endpoint;
    }

    private static List<String> names(EndpointSpec spec) {
        Set<String> names = new LinkedHashSet<>();
        Stream.concat(Stream.of(spec.name(), spec.hostname()), spec.aliases().stream())
                .filter(n -> n != null && !n.isBlank()).forEach(names::add);
        return List.copyOf(names);
    }
}
