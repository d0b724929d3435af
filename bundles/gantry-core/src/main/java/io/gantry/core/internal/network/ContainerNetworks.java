package io.gantry.core.internal.network;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.Container;
import io.gantry.api.namespace.Hostnames;
import io.gantry.api.network.EndpointConfig;
import io.gantry.api.network.EndpointSpec;
import io.gantry.api.network.NetworkAttachment;
import io.gantry.api.network.NetworkDriver;
import io.gantry.api.network.PortBinding;
import io.gantry.core.internal.provider.ProviderCalls;
import io.gantry.core.internal.provider.ProviderDirectory;
import io.gantry.core.internal.provider.ProviderRegistry.Named;
import io.gantry.core.internal.state.ContainerHandle;
import io.gantry.core.internal.state.ContainerIndex;
import io.gantry.core.internal.state.ContainerRecord;
import io.gantry.core.internal.state.EnginePaths;
import io.gantry.core.internal.state.JoinedNetwork;
import io.gantry.core.internal.state.StateStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connects running containers to their driver networks: a persistent namespace file per container, one driver
 * endpoint per network (the published ports and the MAC address asked for on the first) with the addresses asked
 * for on it, and /etc/hosts entries, IPv4 and IPv6, for the peers on them and the aliases of its links.
 * Reconciliation never runs while a start sets up a namespace, and spares every namespace set up and not yet
 * released: the record that tells recovery it is in use is saved only after the set-up.
 */
@Component(service = ContainerNetworks.class)
public final class ContainerNetworks {
    private static final Logger LOG = LoggerFactory.getLogger(ContainerNetworks.class);

    private final ProviderDirectory providers;
    private final NetworkDirectory directory;
    private final NetnsFiles netns;
    private final ContainerIndex index;
    private final EnginePaths paths;
    private final ReadWriteLock setUpOrReconcile = new ReentrantReadWriteLock();
    private final Set<String> setUp = ConcurrentHashMap.newKeySet();

    @Activate
    public ContainerNetworks(@Reference(name = "providers") ProviderDirectory providers,
            @Reference(name = "state") StateStore state) {
        this.providers = providers;
        this.directory = new NetworkDirectory(providers);
        this.paths = state.paths();
        this.netns = new NetnsFiles(paths.runRoot());
        this.index = state.index();
    }

    /**
     * What the spec needs: the prepared namespace (null if the container has no driver network), its peers and
     * its endpoints.
     */
    public record Setup(Path namespace, PeerHosts hosts, List<NetworkAttachment> attachments) {
        public static final Setup NONE = new Setup(null, PeerHosts.NONE, List.of());

        /** Writes every peer, of both families, into the container's /etc/hosts in {@code bundleDir}, if it has one. */
        public void writePeers(Path bundleDir) {
            if (namespace != null) {
                HostsFile.rewrite(bundleDir.resolve("hosts"), hosts, attachments);
            }
        }
    }

    public NetworkDirectory directory() {
        return directory;
    }

    /**
     * Creates the namespace and attaches every network, updating {@code record.networks} as it goes, so that
     * {@link #release} after a failure finds what was set up.
     */
    public Setup attachAll(ContainerRecord record) {
        if (record.networks == null || record.networks.isEmpty()) {
            return Setup.NONE;
        }
        setUpOrReconcile.readLock().lock();
        try {
            LegacyLinks.checkRunning(record.name, record.config.links(), index);
            setUp.add(record.id);
            Path file = netns.create(record.id);
            List<JoinedNetwork> attached = new ArrayList<>(record.networks);
            for (int i = 0; i < attached.size(); i++) {
                List<PortBinding> ports = i == 0 ? ExposedPorts.published(record.config) : List.of();
                EndpointConfig asked = attached.get(i).endpoint();
                String mac = asked.macAddress() != null ? asked.macAddress()
                        : i == 0 ? record.config.macAddress() : null;
                attached.set(i, attach(record, attached.get(i), file, asked, ports, mac));
                record.networks = List.copyOf(attached);
            }
            PeerHosts peers = hostsFor(record.networks);
            LegacyLinks.checkReachable(peers, record.config.links());
            return new Setup(file, withLinks(peers, record.config.links(), record.networks),
                    record.networks.stream().map(JoinedNetwork::view).toList());
        } finally {
            setUpOrReconcile.readLock().unlock();
        }
    }

    /** Attaches one network to the namespace of a running container. */
    public JoinedNetwork attach(ContainerRecord record, JoinedNetwork network) {
        return attach(record, network, netns.pathOf(record.id), network.endpoint(), List.of(),
                network.endpoint().macAddress());
    }

    private JoinedNetwork attach(ContainerRecord record, JoinedNetwork network, Path file, EndpointConfig asked,
            List<PortBinding> ports, String macAddress) {
        LegacyLinks.checkRunning(record.name, network.links(), index);
        NetworkDriver driver = directory.driver(network.driver());
        EndpointSpec endpoint = new EndpointSpec(record.name, Hostnames.forPrivateUts(record.config.hostname(),
                record.id), network.aliases(), asked.ipv4Address(), asked.ipv6Address(), ports, macAddress);
        String name = "network driver " + network.driver();
        NetworkAttachment attachment = providers.call(name, () -> driver.attach(record.id, network.network(), file,
                endpoint));
        if (asked.ipv6Address() != null && attachment.ipv6Address() == null) {
            providers.run(name, () -> driver.detach(record.id, network.network(), file));
            throw new InvalidArgumentException("network driver " + network.driver() + " gave container " + record.name
                    + " no IPv6 address on network " + network.network() + ", though it asked for "
                    + asked.ipv6Address());
        }
        if (macAddress != null && attachment.macAddress() != null
                && !macAddress.equalsIgnoreCase(attachment.macAddress())) {
            providers.run(name, () -> driver.detach(record.id, network.network(), file));
            throw new InvalidArgumentException("network driver " + network.driver() + " cannot set the MacAddress "
                    + macAddress + " of container " + record.name + " on network " + network.network());
        }
        return network.withAttachment(attachment);
    }

    /** Detaches one network; a driver or network that is gone has nothing left to undo. */
    public void detach(String containerId, JoinedNetwork network) {
        directory.installedDriver(network.driver()).ifPresent(driver -> providers.run(
                "network driver " + network.driver(), () -> driver.detach(containerId, network.network(),
                        netns.pathOf(containerId))));
    }

    /** Detaches every network and deletes the namespace file; idempotent. */
    public void release(ContainerRecord record) {
        if (record.networks != null) {
            for (JoinedNetwork network : record.networks) {
                try {
                    detach(record.id, network);
                } catch (RuntimeException e) {
                    LOG.warn("Container {}: detaching from network {} failed: {}", record.id, network.network(),
                            ProviderCalls.describe(e));
                }
            }
            record.networks = detached(record.networks);
        }
        netns.remove(record.id);
        setUp.remove(record.id);
    }

    public static List<JoinedNetwork> detached(List<JoinedNetwork> networks) {
        return networks == null ? null : networks.stream().map(n -> n.withAttachment(null)).toList();
    }

    /** Rewrites the hosts files of the running containers on any of {@code networks}. */
    public synchronized void refreshHosts(Collection<String> networks) {
        for (ContainerHandle handle : index.all()) {
            Container view = handle.view();
            List<NetworkAttachment> attached = view.networks().stream().filter(a -> a.ipv4Address() != null).toList();
            Set<String> joined = attached.stream().map(NetworkAttachment::network).collect(Collectors.toSet());
            if (view.state().isLive() && networks.stream().anyMatch(joined::contains)) {
                try {
                    HostsFile.rewrite(paths.bundleDir(view.id()).resolve("hosts"),
                            withLinks(hostsOf(joined), view.config().links(), handle.joinedNetworks()), attached);
                } catch (RuntimeException e) {
                    LOG.warn("Cannot update /etc/hosts of container {}: {}", view.id(), ProviderCalls.describe(e));
                }
            }
        }
    }

    /** Has the drivers find the container's endpoints by its new name; its peers' /etc/hosts follow. */
    public void renameEndpoints(ContainerHandle handle, String oldName, String newName) {
        for (JoinedNetwork network : handle.joinedNetworks()) {
            if (network.attachment() != null) {
                directory.installedDriver(network.driver()).ifPresent(driver -> providers.run("network driver "
                        + network.driver(), () -> driver.renameEndpoint(handle.id(), network.network(), oldName,
                        newName)));
            }
        }
        refreshHosts(handle.joinedNetworks().stream().map(JoinedNetwork::network).toList());
    }

    /** Ends endpoints and namespace files of containers that are not in {@code live}. */
    public void reconcile(Set<String> live) {
        setUpOrReconcile.writeLock().lock();
        try {
            Set<String> inUse = new HashSet<>(live);
            inUse.addAll(setUp);
            for (Named<NetworkDriver> driver : directory.activeDrivers()) {
                providers.run("network driver " + driver.name(), () -> driver.provider().reconcile(inUse));
            }
            for (String id : netns.ids()) {
                if (!inUse.contains(id)) {
                    LOG.info("Removing the network namespace of container {}, which no longer runs", id);
                    removeQuietly(id);
                }
            }
        } finally {
            setUpOrReconcile.writeLock().unlock();
        }
    }

    private void removeQuietly(String id) {
        try {
            netns.remove(id);
        } catch (RuntimeException e) {
            LOG.warn("Cannot remove the network namespace of container {}: {}", id, ProviderCalls.describe(e));
        }
    }

    /** {@code peers} with the aliases of the container's links, and of those asked for on one network there. */
    private PeerHosts withLinks(PeerHosts peers, List<String> links, List<JoinedNetwork> joined) {
        PeerHosts hosts = LegacyLinks.withAliases(peers, links);
        for (JoinedNetwork network : joined) {
            if (!network.links().isEmpty()) {
                hosts = hosts.with(LegacyLinks.withAliases(hostsOf(Set.of(network.network())), network.links()));
            }
        }
        return hosts;
    }

    private PeerHosts hostsFor(List<JoinedNetwork> networks) {
        return hostsOf(networks.stream().map(JoinedNetwork::network).collect(Collectors.toSet()));
    }

    private PeerHosts hostsOf(Set<String> networks) {
        PeerHosts hosts = PeerHosts.NONE;
        for (String name : networks) {
            NetworkDirectory.Located network = directory.locate(name);
            NetworkDriver driver = directory.driver(network.driver());
            String provider = "network driver " + network.driver();
            hosts = hosts.with(new PeerHosts(providers.call(provider, () -> driver.hostsEntries(name)),
                    providers.call(provider, () -> driver.ipv6HostsEntries(name))));
        }
        return hosts;
    }
}
