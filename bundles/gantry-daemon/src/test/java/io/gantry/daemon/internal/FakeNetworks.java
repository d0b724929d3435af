package io.gantry.daemon.internal;

import io.gantry.api.ConflictException;
import io.gantry.api.FailedPreconditionException;
import io.gantry.api.NotFoundException;
import io.gantry.api.network.NetworkInfo;
import io.gantry.api.network.NetworkService;
import io.gantry.api.network.NetworkSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An in-memory network service with the predefined bridge, host and none networks, as the engine has them. */
final class FakeNetworks implements NetworkService {
    final Map<String, NetworkInfo> byName = new LinkedHashMap<>();
    final List<String> calls = new ArrayList<>();

    FakeNetworks() {
        add("bridge", "bridge", "172.17.0.0/16", "172.17.0.1", Set.of());
        add("host", "host", null, null, Set.of());
        add("none", "null", null, null, Set.of());
    }

    void add(String name, String driver, String subnet, String gateway, Set<String> containers) {
        String id = Integer.toHexString(0xa0 + byName.size()).repeat(32);
        byName.put(name, new NetworkInfo(id, name, driver, subnet, gateway, false, Map.of(), Map.of(), containers));
    }

    @Override
    public synchronized NetworkInfo createNetwork(String driver, NetworkSpec spec) {
        if (driver != null && !driver.equals("bridge")) {
            throw new NotFoundException("no network driver named " + driver + " is installed");
        }
        if (byName.containsKey(spec.name())) {
            throw new ConflictException("network with name " + spec.name() + " already exists");
        }
        NetworkInfo n = new NetworkInfo(Integer.toHexString(0xa0 + byName.size()).repeat(32), spec.name(), "bridge",
                spec.subnet(), spec.gateway(), spec.internal(), spec.labels(), spec.options(), Set.of());
        byName.put(spec.name(), n);
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
        if (Set.of("bridge", "host", "none").contains(network)) {
            throw new FailedPreconditionException(network + " is a pre-defined network and cannot be removed");
        }
        NetworkInfo n = inspectNetwork(network);
        if (!n.containers().isEmpty()) {
            throw new ConflictException("network " + n.name() + " is in use by containers " + n.containers());
        }
        byName.remove(n.name());
    }

    @Override
    public synchronized List<String> pruneNetworks() {
        List<String> unused = byName.values().stream().filter(n -> !Set.of("bridge", "host", "none")
                .contains(n.name()) && n.containers().isEmpty()).map(NetworkInfo::name).toList();
        unused.forEach(byName::remove);
        return unused;
    }

    @Override
    public synchronized void connect(String network, String containerRef, List<String> aliases) {
        NetworkInfo n = inspectNetwork(network);
        Set<String> containers = new HashSet<>(n.containers());
        containers.add(containerRef);
        byName.put(n.name(), new NetworkInfo(n.id(), n.name(), n.driver(), n.subnet(), n.gateway(), n.internal(),
                n.labels(), n.options(), containers));
        calls.add("connect " + network + " " + containerRef + " " + aliases);
    }

    @Override
    public synchronized void disconnect(String network, String containerRef, boolean force) {
        NetworkInfo n = inspectNetwork(network);
        Set<String> containers = new HashSet<>(n.containers());
        containers.remove(containerRef);
        byName.put(n.name(), new NetworkInfo(n.id(), n.name(), n.driver(), n.subnet(), n.gateway(), n.internal(),
                n.labels(), n.options(), containers));
        calls.add("disconnect " + network + " " + containerRef + " " + force);
    }
}
