package io.gantry.core.internal.network;

import io.gantry.api.ConflictException;
import io.gantry.api.FailedPreconditionException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.NotFoundException;
import io.gantry.api.network.EndpointConfig;
import io.gantry.api.network.IpamPool;
import io.gantry.api.network.NetworkDriver;
import io.gantry.api.network.NetworkInfo;
import io.gantry.api.network.NetworkService;
import io.gantry.api.network.NetworkSpec;
import io.gantry.core.internal.network.NetworkDirectory.Located;
import io.gantry.core.internal.provider.ProviderDirectory;
import io.gantry.core.internal.state.StateStore;
import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Networks for users: the drivers' networks plus the predefined ones, and containers joining and leaving. A network
 * may be named anything but blank, as Docker allows; what a driver leaves out of a spec it was given (IPv6, a pool,
 * attachable) is an error, never dropped.
 */
@Component(service = NetworkService.class)
public final class UserNetworks implements NetworkService {
    private final StateStore state;
    private final ProviderDirectory providers;
    private final ContainerNetworks networks;
    private final NetworkDirectory directory;
    private final PredefinedNetworks predefined;
    private final NetworkConnections connections;

    @Activate
    public UserNetworks(@Reference(name = "state") StateStore state,
            @Reference(name = "providers") ProviderDirectory providers,
            @Reference(name = "networks") ContainerNetworks networks) {
        this.state = state;
        this.providers = providers;
        this.networks = networks;
        this.directory = networks.directory();
        this.predefined = new PredefinedNetworks(state.index());
        this.connections = new NetworkConnections(state, networks);
    }

    @Override
    public NetworkInfo createNetwork(String driverName, NetworkSpec spec) {
        String name = driverName == null || driverName.isEmpty() ? NetworkDirectory.DEFAULT_DRIVER : driverName;
        if (spec.name() == null || spec.name().isBlank()) {
            throw new InvalidArgumentException("invalid name: name is empty");
        }
        NetworkDriver driver = directory.driver(name);
        if (NetworkDirectory.PREDEFINED.contains(spec.name())
                || directory.all().stream().anyMatch(n -> n.name().equals(spec.name()))) {
            throw new ConflictException("network with name " + spec.name() + " already exists");
        }
        NetworkInfo created = providers.call("network driver " + name, () -> driver.create(spec));
        String dropped = dropped(spec, created);
        if (dropped != null) {
            providers.run("network driver " + name, () -> driver.remove(created.id()));
            throw new InvalidArgumentException("network driver " + name + " cannot apply " + dropped + " of network "
                    + spec.name());
        }
        return created;
    }

    /** What of the spec the network made lacks, or null. */
    private static String dropped(NetworkSpec spec, NetworkInfo created) {
        if (spec.enableIpv6() && !created.enableIpv6()) {
            return "IPv6";
        }
        for (IpamPool pool : spec.pools()) {
            if (pool.subnet() != null && created.pools().stream().noneMatch(p -> pool.subnet().equals(p.subnet()))) {
                return "subnet " + pool.subnet();
            }
        }
        return spec.attachable() && !created.attachable() ? "attachable" : null;
    }

    @Override
    public List<NetworkInfo> listNetworks() {
        List<NetworkInfo> all = new ArrayList<>();
        List<Located> located = directory.all();
        if (located.stream().noneMatch(n -> n.name().equals(NetworkDirectory.DEFAULT_NETWORK))
                && providers.networks.get(NetworkDirectory.DEFAULT_DRIVER).isPresent()) {
            all.add(predefined.info(NetworkDirectory.DEFAULT_NETWORK, NetworkDirectory.DEFAULT_DRIVER));
        }
        located.forEach(n -> all.add(n.info()));
        all.add(predefined.info("host", "host"));
        all.add(predefined.info("none", "null"));
        return all;
    }

    @Override
    public NetworkInfo inspectNetwork(String network) {
        if (network.equals("host") || network.equals("none")) {
            return predefined.info(network, network.equals("host") ? "host" : "null");
        }
        Located located = directory.locate(network);
        return located.info() != null ? located.info() : predefined.info(located.name(), located.driver());
    }

    @Override
    public void removeNetwork(String network) {
        if (NetworkDirectory.PREDEFINED.contains(network)) {
            throw new FailedPreconditionException(network + " is a pre-defined network and cannot be removed");
        }
        Located located = directory.locate(network);
        List<String> users = connections.containersOn(located.name());
        if (!users.isEmpty()) {
            throw new ConflictException("network " + located.name() + " is in use by containers " + users);
        }
        NetworkDriver driver = directory.driver(located.driver());
        providers.run("network driver " + located.driver(), () -> driver.remove(located.name()));
        directory.forget(located.name());
    }

    @Override
    public List<String> pruneNetworks() {
        List<String> removed = new ArrayList<>();
        for (Located network : directory.all()) {
            if (!NetworkDirectory.PREDEFINED.contains(network.name())
                    && connections.containersOn(network.name()).isEmpty()) {
                try {
                    removeNetwork(network.name());
                    removed.add(network.name());
                } catch (ConflictException | NotFoundException e) {
                    // a container joined it meanwhile, or someone else removed it
                }
            }
        }
        return removed;
    }

    @Override
    public void connect(String network, String containerRef, EndpointConfig endpoint) {
        connections.connect(directory.locate(network), state.index().resolve(containerRef), endpoint);
    }

    @Override
    public EndpointConfig endpointConfig(String containerRef, String network) {
        return connections.endpointConfig(state.index().resolve(containerRef), network);
    }

    @Override
    public void disconnect(String network, String containerRef, boolean force) {
        connections.disconnect(network, state.index().resolve(containerRef), force);
    }
}
