package io.gantry.net.bridge.internal;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.network.EndpointSpec;
import io.gantry.api.network.IpAddress;
import io.gantry.api.network.PortBinding;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Connects a container to a network: addresses (IPv6 too on a network with IPv6), veth pair, default routes,
 * published ports; all or nothing.
 */
final class Endpoints {
    private final Links links;
    private final Firewall firewall;

    Endpoints(Links links, Firewall firewall) {
        this.links = links;
        this.firewall = firewall;
    }

    EndpointRecord open(String containerId, NetworkRecord network, Path netns, EndpointSpec spec,
            List<EndpointRecord> existing) {
        List<EndpointRecord> peers = existing.stream().filter(e -> e.networkId().equals(network.id())).toList();
        IpAddress address = Ipam.allocate(network.name(), network.pool(false), leases(peers, false), spec.ipv4Address());
        IpAddress address6 = null;
        if (network.ipv6() != null) {
            address6 = Ipam.allocate(network.name(), network.pool(true), leases(peers, true), spec.ipv6Address());
        } else if (spec.ipv6Address() != null && !spec.ipv6Address().isEmpty()) {
            throw new InvalidArgumentException("IPv6 address " + spec.ipv6Address() + " asked for on network "
                    + network.name() + ", which has no IPv6: create it with --ipv6");
        }
        BridgeOptions options = network.settings();
        List<PortBinding> ports = PortPublisher.resolve(withHostBinding(spec.ports(), options), existing);
        NetworkRecord.Subnets subnets = network.cidr();
        EndpointRecord endpoint = new EndpointRecord(containerId, network.id(),
                Names.hostVeth(containerId, network.id()), links.freeInterfaceName(netns, options.interfacePrefix()),
                address.toString(), address6 == null ? null : address6.toString(),
                spec.macAddress() != null ? spec.macAddress() : Names.macFor(address), names(spec),
                ports);
        try {
            links.createVeth(endpoint.hostVeth(), network.bridge(), netns, endpoint.interfaceName(), endpoint.mac(),
                    address + "/" + subnets.ipv4().prefixLength(),
                    address6 == null ? null : address6 + "/" + subnets.ipv6().prefixLength(), options.mtu());
            if (!network.internal()) {
                links.addDefaultRoute(netns, network.gateway(), false);
                if (address6 != null) {
                    links.addDefaultRoute(netns, network.ipv6().gateway(), true);
                }
            }
            firewall.add(firewall.rules().forEndpoint(network, endpoint));
        } catch (RuntimeException e) {
            links.delete(endpoint.hostVeth());
            throw e;
        }
        return endpoint;
    }

    private static Set<IpAddress> leases(List<EndpointRecord> peers, boolean ipv6) {
        return peers.stream().map(e -> ipv6 ? e.ipv6() : e.ipv4()).filter(a -> a != null)
                .map(a -> IpAddress.parse(a, "lease")).collect(Collectors.toSet());
    }

    /** Ports published without a host address get the network's host_binding_ipv4, if it has one. */
    private static List<PortBinding> withHostBinding(List<PortBinding> ports, BridgeOptions options) {
        if (options.hostBindingIpv4() == null) {
            return ports;
        }
        return ports.stream().map(p -> p.hostIp().isEmpty()
                ? new PortBinding(options.hostBindingIpv4(), p.hostPort(), p.containerPort(), p.protocol()) : p).toList();
    }

    private static List<String> names(EndpointSpec spec) {
        Set<String> names = new LinkedHashSet<>();
        Stream.concat(Stream.of(spec.name(), spec.hostname()), spec.aliases().stream())
                .filter(n -> n != null && !n.isBlank()).forEach(names::add);
        return List.copyOf(names);
    }
}
