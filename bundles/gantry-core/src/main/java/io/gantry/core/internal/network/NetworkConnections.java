package io.gantry.core.internal.network;

import io.gantry.api.ConflictException;
import io.gantry.api.FailedPreconditionException;
import io.gantry.api.NotFoundException;
import io.gantry.api.network.EndpointConfig;
import io.gantry.api.network.MacAddresses;
import io.gantry.api.network.NetworkAttachment;
import io.gantry.core.internal.network.NetworkDirectory.Located;
import io.gantry.core.internal.state.ContainerHandle;
import io.gantry.core.internal.state.ContainerRecord;
import io.gantry.core.internal.state.JoinedNetwork;
import io.gantry.core.internal.state.StateStore;
import java.util.ArrayList;
import java.util.List;

/**
 * Connects containers to networks and disconnects them. A running container is attached or detached at once,
 * a stopped one at its next start; the peers' /etc/hosts follow either way.
 */
final class NetworkConnections {
    private final StateStore state;
    private final ContainerNetworks networks;

    NetworkConnections(StateStore state, ContainerNetworks networks) {
        this.state = state;
        this.networks = networks;
    }

    /** Names of the containers connected to the network, running or not. */
    List<String> containersOn(String network) {
        return state.index().all().stream().map(ContainerHandle::view)
                .filter(c -> c.networks().stream().map(NetworkAttachment::network).anyMatch(network::equals))
                .map(c -> c.name()).toList();
    }

    void connect(Located network, ContainerHandle handle, EndpointConfig asked) {
        FixedAddresses.check(network.name(), asked);
        EndpointConfig endpoint = new EndpointConfig(asked.aliases(), asked.ipv4Address(), asked.ipv6Address(),
                MacAddresses.normal("EndpointConfig.MacAddress", asked.macAddress()),
                LegacyLinks.byName(asked.links(), state.index()));
        handle.locked(() -> {
            ContainerRecord record = handle.record();
            if (!NetworkDirectory.isDriverNetwork(record.config.networkMode())) {
                throw new FailedPreconditionException("container " + record.name + " uses network mode "
                        + record.config.networkMode() + " and cannot be connected to network " + network.name());
            }
            List<JoinedNetwork> joined = record.networks == null ? new ArrayList<>() : new ArrayList<>(record.networks);
            if (joined.stream().anyMatch(n -> n.network().equals(network.name()))) {
                throw new ConflictException("container " + record.name + " is already connected to network "
                        + network.name());
            }
            JoinedNetwork added = new JoinedNetwork(network.name(), network.driver(), endpoint);
            if (record.state.isLive()) {
                added = networks.attach(record, added);
            }
            joined.add(added);
            record.networks = List.copyOf(joined);
            save(handle, added);
        });
        networks.refreshHosts(List.of(network.name()));
    }

    /** What the container asked for on a network it is connected to, by the network's name. */
    EndpointConfig endpointConfig(ContainerHandle handle, String network) {
        List<JoinedNetwork> joined = handle.locked(() -> handle.record().networks);
        return joined == null ? EndpointConfig.NONE : joined.stream().filter(n -> n.network().equals(network))
                .map(JoinedNetwork::endpoint).findFirst().orElse(EndpointConfig.NONE);
    }

    void disconnect(String network, ContainerHandle handle, boolean force) {
        String name = located(network, force);
        handle.locked(() -> {
            ContainerRecord record = handle.record();
            JoinedNetwork joined = record.networks == null ? null : record.networks.stream()
                    .filter(n -> n.network().equals(name)).findFirst().orElse(null);
            if (joined == null) {
                throw new NotFoundException("container " + record.name + " is not connected to network " + name);
            }
            if (joined.attachment() != null) {
                networks.detach(record.id, joined);
            }
            record.networks = record.networks.stream().filter(n -> n != joined).toList();
            state.records().save(handle);
        });
        networks.refreshHosts(List.of(name));
    }

    /** The network's name; with force, a network that is gone is taken by the name given. */
    private String located(String network, boolean force) {
        try {
            return networks.directory().locate(network).name();
        } catch (NotFoundException e) {
            if (force) {
                return network;
            }
            throw e;
        }
    }

    /** Saves the record; an endpoint set up for it is undone if that fails. */
    private void save(ContainerHandle handle, JoinedNetwork added) {
        try {
            state.records().save(handle);
        } catch (RuntimeException e) {
            if (added.attachment() != null) {
                networks.detach(handle.id(), added);
            }
            ContainerRecord record = handle.record();
            record.networks = record.networks.stream().filter(n -> n != added).toList();
            throw e;
        }
    }
}
