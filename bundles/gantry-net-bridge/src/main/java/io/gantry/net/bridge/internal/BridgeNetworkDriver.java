package io.gantry.net.bridge.internal;

import io.gantry.api.ConflictException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.NotFoundException;
import io.gantry.api.config.EngineRoots;
import io.gantry.api.network.EndpointSpec;
import io.gantry.api.network.NetworkAttachment;
import io.gantry.api.network.NetworkDriver;
import io.gantry.api.network.NetworkInfo;
import io.gantry.api.network.NetworkSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The "bridge" network driver: each network is a Linux bridge holding the gateway addresses, each endpoint a veth
 * pair from the bridge into the container's namespace. Outbound NAT, published ports and isolation between
 * networks are iptables rules in the driver's own chains; a network with IPv6 (dual-stack: every network has
 * IPv4) has the same forwarding, isolation and NAT rules in ip6tables. State lives in
 * {@code <data.root>/network/bridge}.
 * The default network (config default_network, on bridge bridge_name) is created by the first attach to it;
 * until then a detach from it has nothing to undo.
 */
@Component(name = "io.gantry.net.bridge", service = NetworkDriver.class, configurationPid = {EngineRoots.PID, "io.gantry.net.bridge"},
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class BridgeNetworkDriver implements NetworkDriver {
    private static final Logger LOG = LoggerFactory.getLogger(BridgeNetworkDriver.class);

    private final BridgeConfig config;
    private final StateStore store;
    private final Links links;
    private final Firewall firewall;
    private final NetworkPlans plans;
    private final List<NetworkRecord> networks;
    private final List<EndpointRecord> endpoints;

    @Activate
    public BridgeNetworkDriver(EngineRoots engine, BridgeConfig config) {
        if (config.bridge_prefix().length() > 10) {
            throw new InvalidArgumentException("bridge prefix " + config.bridge_prefix() + " is longer than 10 characters");
        }
        Commands commands = new Commands();
        this.config = config;
        this.store = new StateStore(Path.of(engine.data_root(), "network", "bridge"));
        this.links = new Links(commands);
        this.firewall = new Firewall(commands, new FirewallRules(config.chain_prefix()));
        this.plans = new NetworkPlans(new SubnetPlanner(new HostRoutes(commands)), links);
        this.networks = store.loadNetworks();
        this.endpoints = store.loadEndpoints();
    }

    @Override
    public String name() {
        return "bridge";
    }

    @Override
    public synchronized NetworkInfo create(NetworkSpec spec) {
        Names.checkNetworkName(spec.name());
        if (findByName(spec.name()) != null) {
            throw new ConflictException("network " + spec.name() + " already exists");
        }
        return info(createNetwork(spec, false));
    }

    @Override
    public synchronized void remove(String network) {
        NetworkRecord record = resolve(network);
        Set<String> users = containersOn(record);
        if (!users.isEmpty()) {
            throw new ConflictException("network " + record.name() + " is in use by containers " + users);
        }
        firewall.delete(firewall.rules().forNetwork(record));
        links.delete(record.bridge());
        networks.remove(record);
        store.saveNetworks(networks);
        if (networks.isEmpty()) {
            firewall.uninstall();
        }
        LOG.info("removed network {} (bridge {})", record.name(), record.bridge());
    }

    @Override
    public synchronized List<NetworkInfo> networks() {
        return networks.stream().map(this::info).toList();
    }

    @Override
    public synchronized NetworkAttachment attach(String containerId, String network, Path netns, EndpointSpec spec) {
        if (containerId == null || containerId.isBlank()) {
            throw new InvalidArgumentException("invalid container id " + containerId);
        }
        if (netns == null || !Files.exists(netns)) {
            throw new InvalidArgumentException("network namespace " + netns + " does not exist");
        }
        if (network.equals(config.default_network())) {
            ensureDefaultNetwork();
        }
        NetworkRecord record = resolve(network);
        if (endpoint(containerId, record) != null) {
            throw new ConflictException("container " + containerId + " is already attached to network " + record.name());
        }
        EndpointRecord endpoint = new Endpoints(links, firewall).open(containerId, record, netns, spec, endpoints);
        endpoints.add(endpoint);
        store.saveEndpoints(endpoints);
        NetworkRecord.Subnets subnets = record.cidr();
        boolean ipv6 = endpoint.ipv6() != null;
        return new NetworkAttachment(record.name(), endpoint.interfaceName(), endpoint.ipv4(),
                subnets.ipv4().prefixLength(), record.internal() ? null : record.gateway(), endpoint.ipv6(),
                ipv6 ? subnets.ipv6().prefixLength() : null, ipv6 && !record.internal() ? record.ipv6().gateway() : null,
                endpoint.mac(), endpoint.ports());
    }

    @Override
    public synchronized void detach(String containerId, String network, Path netns) {
        if (network.equals(config.default_network()) && findByName(network) == null) {
            return;
        }
        NetworkRecord record = resolve(network);
        EndpointRecord endpoint = endpoint(containerId, record);
        if (endpoint != null) {
            close(record, endpoint);
            store.saveEndpoints(endpoints);
        }
    }

    @Override
    public synchronized void renameEndpoint(String containerId, String network, String oldName, String newName) {
        EndpointRecord endpoint = endpoint(containerId, resolve(network));
        if (endpoint != null) {
            endpoints.set(endpoints.indexOf(endpoint), endpoint.renamed(oldName, newName));
            store.saveEndpoints(endpoints);
        }
    }

    @Override
    public synchronized Map<String, String> hostsEntries(String network) {
        NetworkRecord record = resolve(network);
        Map<String, String> entries = new LinkedHashMap<>();
        endpoints.stream().filter(e -> e.networkId().equals(record.id()))
                .forEach(e -> e.names().forEach(name -> entries.put(name, e.ipv4())));
        return entries;
    }

    @Override
    public synchronized Map<String, String> ipv6HostsEntries(String network) {
        NetworkRecord record = resolve(network);
        Map<String, String> entries = new LinkedHashMap<>();
        endpoints.stream().filter(e -> e.networkId().equals(record.id()) && e.ipv6() != null)
                .forEach(e -> e.names().forEach(name -> entries.put(name, e.ipv6())));
        return entries;
    }

    @Override
    public synchronized void reconcile(Set<String> liveContainerIds) {
        for (EndpointRecord endpoint : List.copyOf(endpoints)) {
            if (!liveContainerIds.contains(endpoint.containerId())) {
                networks.stream().filter(n -> n.id().equals(endpoint.networkId())).findFirst()
                        .ifPresentOrElse(n -> close(n, endpoint), () -> endpoints.remove(endpoint));
            }
        }
        store.saveEndpoints(endpoints);
        Set<String> liveTags = Stream.concat(networks.stream().map(NetworkRecord::tag),
                endpoints.stream().map(EndpointRecord::tag)).collect(Collectors.toSet());
        firewall.sweep(liveTags::contains);
        Set<String> liveVeths = endpoints.stream().map(EndpointRecord::hostVeth).collect(Collectors.toSet());
        for (NetworkRecord network : networks) {
            if (links.exists(network.bridge())) {
                links.ports(network.bridge()).stream().filter(p -> !liveVeths.contains(p)).forEach(links::delete);
            }
        }
    }

    private void close(NetworkRecord network, EndpointRecord endpoint) {
        firewall.delete(firewall.rules().forEndpoint(network, endpoint));
        links.delete(endpoint.hostVeth());
        endpoints.remove(endpoint);
        LOG.info("detached container {} from network {}", endpoint.containerId(), network.name());
    }

    private NetworkRecord createNetwork(NetworkSpec spec, boolean isDefault) {
        String id = Names.newNetworkId();
        String bridge = isDefault ? config.bridge_name() : Names.bridgeFor(config.bridge_prefix(), id);
        NetworkRecord record = plans.plan(spec, id, bridge, networks);
        try {
            new Bridges(links, firewall, config.ip_forward()).open(record);
        } catch (RuntimeException e) {
            if (networks.isEmpty()) {
                firewall.uninstall();
            }
            throw e;
        }
        networks.add(record);
        store.saveNetworks(networks);
        LOG.info("created network {} on bridge {} with subnets {}", record.name(), record.bridge(),
                record.cidr().all());
        return record;
    }

    private void ensureDefaultNetwork() {
        if (findByName(config.default_network()) == null) {
            String subnet = config.default_subnet().isEmpty() ? null : config.default_subnet();
            createNetwork(new NetworkSpec(config.default_network(), subnet, null, false, Map.of(), Map.of()), true);
        }
    }

    private NetworkRecord resolve(String network) {
        NetworkRecord byName = findByName(network);
        if (byName != null) {
            return byName;
        }
        List<NetworkRecord> byId = networks.stream()
                .filter(n -> network != null && network.length() >= 6 && n.id().startsWith(network)).toList();
        if (byId.size() != 1) {
            throw new NotFoundException("network " + network + " not found");
        }
        return byId.get(0);
    }

    private NetworkRecord findByName(String name) {
        return networks.stream().filter(n -> n.name().equals(name)).findFirst().orElse(null);
    }

    private EndpointRecord endpoint(String containerId, NetworkRecord network) {
        return endpoints.stream().filter(e -> e.containerId().equals(containerId) && e.networkId().equals(network.id()))
                .findFirst().orElse(null);
    }

    private Set<String> containersOn(NetworkRecord network) {
        return endpoints.stream().filter(e -> e.networkId().equals(network.id())).map(EndpointRecord::containerId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private NetworkInfo info(NetworkRecord record) {
        return record.info(containersOn(record));
    }
}
