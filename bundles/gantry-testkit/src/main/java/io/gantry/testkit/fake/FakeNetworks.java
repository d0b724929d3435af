package io.gantry.testkit.fake;

import io.gantry.api.ConflictException;
import io.gantry.api.FailedPreconditionException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.NotFoundException;
import io.gantry.api.network.EndpointConfig;
import io.gantry.api.network.NetworkInfo;
import io.gantry.api.network.NetworkService;
import io.gantry.api.network.NetworkSpec;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Networks in memory with the predefined bridge, host and none, as the engine has them; only the bridge driver is
 * installed. A network is found by name or id prefix. Connect and disconnect change a network's containers; what
 * a connect asked for is answered by {@link #endpointConfig}, as are the entries tests put in {@link #endpoints}.
 */
public final class FakeNetworks implements NetworkService {
    private static final Set<String> PREDEFINED = Set.of("bridge", "host", "none");

    /** Each call that acted, in order: "createNetwork bridge web 10.0.0.0/24 false", "connect bridge web [www]"... */
    public final List<String> calls = new CopyOnWriteArrayList<>();
    /** The networks held, by name, in the order they were added. */
    public final Map<String, NetworkInfo> byName = new LinkedHashMap<>();
    /** What containers asked for on networks, by "containerRef/network". */
    public final Map<String, EndpointConfig> endpoints = new LinkedHashMap<>();

    public FakeNetworks() {
        add("bridge", "bridge", "172.17.0.0/16", "172.17.0.1", Set.of());
        add("host", "host", null, null, Set.of());
        add("none", "null", null, null, Set.of());
    }

    /** Holds a network whose id is 64 hex digits made of its position; not journaled. */
    public synchronized NetworkInfo add(String name, String driver, String subnet, String gateway,
            Set<String> containers) {
        NetworkInfo n = new NetworkInfo(Integer.toHexString(0xa0 + byName.size()).repeat(32), name, driver, subnet,
                gateway, false, Map.of(), Map.of(), containers);
        byName.put(name, n);
        return n;
    }

    /** A bridge network with no gateway and no containers; not journaled. */
    public NetworkInfo add(String name, String subnet) {
        return add(name, "bridge", subnet, null, Set.of());
    }

    @Override
    public synchronized NetworkInfo createNetwork(String driver, NetworkSpec spec) {
        if (spec.name() == null || spec.name().isBlank()) {
            throw new InvalidArgumentException("invalid name: name is empty");
        }
        if (driver != null && !driver.equals("bridge")) {
            throw new NotFoundException("no network driver named " + driver + " is installed");
        }
        if (byName.containsKey(spec.name())) {
            throw new ConflictException("network with name " + spec.name() + " already exists");
        }
        NetworkInfo n = new NetworkInfo(Integer.toHexString(0xa0 + byName.size()).repeat(32), spec.name(), "bridge",
                spec.pools(), spec.enableIpv6(), spec.internal(), spec.attachable(), spec.labels(), spec.options(),
                Set.of());
        byName.put(spec.name(), n);
        calls.add("createNetwork " + driver + " " + spec.name() + " " + spec.subnet() + " " + spec.internal());
        return n;
    }

    @Override
    public synchronized List<NetworkInfo> listNetworks() {
        return List.copyOf(byName.values());
    }

    @Override
    public synchronized NetworkInfo inspectNetwork(String network) {
        return byName.values().stream().filter(n -> n.name().equals(network) || n.id().startsWith(network))
                .findFirst().orElseThrow(() -> new NotFoundException("network " + network + " not found"));
    }

    @Override
    public synchronized void removeNetwork(String network) {
        if (PREDEFINED.contains(network)) {
            throw new FailedPreconditionException(network + " is a pre-defined network and cannot be removed");
        }
        NetworkInfo n = inspectNetwork(network);
        if (!n.containers().isEmpty()) {
            throw new ConflictException("network " + n.name() + " is in use by containers " + n.containers());
        }
        byName.remove(n.name());
        calls.add("removeNetwork " + n.name());
    }

    @Override
    public synchronized List<String> pruneNetworks() {
        List<String> unused = byName.values().stream()
                .filter(n -> !PREDEFINED.contains(n.name()) && n.containers().isEmpty())
                .map(NetworkInfo::name).toList();
        unused.forEach(byName::remove);
        calls.add("pruneNetworks");
        return unused;
    }

    /** Journals "connect network container [aliases]", then the addresses asked for, if any. */
    @Override
    public synchronized void connect(String network, String containerRef, EndpointConfig endpoint) {
        NetworkInfo n = inspectNetwork(network);
        Set<String> containers = new HashSet<>(n.containers());
        containers.add(containerRef);
        byName.put(n.name(), n.withContainers(containers));
        endpoints.put(containerRef + "/" + n.name(), endpoint);
        calls.add("connect " + network + " " + containerRef + " " + endpoint.aliases()
                + (endpoint.ipv4Address() == null ? "" : " " + endpoint.ipv4Address())
                + (endpoint.ipv6Address() == null ? "" : " " + endpoint.ipv6Address()));
    }

    @Override
    public synchronized EndpointConfig endpointConfig(String containerRef, String network) {
        return endpoints.getOrDefault(containerRef + "/" + network, EndpointConfig.NONE);
    }

    @Override
    public synchronized void disconnect(String network, String containerRef, boolean force) {
        NetworkInfo n = inspectNetwork(network);
        Set<String> containers = new HashSet<>(n.containers());
        containers.remove(containerRef);
        byName.put(n.name(), n.withContainers(containers));
        endpoints.remove(containerRef + "/" + n.name());
        calls.add("disconnect " + network + " " + containerRef + " " + force);
    }
}
