package io.gantry.shell.internal;

import io.gantry.api.NotFoundException;
import io.gantry.api.network.NetworkInfo;
import io.gantry.api.network.NetworkService;
import io.gantry.api.network.NetworkSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Networks in memory; records each call as "verb args". */
public final class FakeNetworkService implements NetworkService {
    public final List<String> calls = new ArrayList<>();
    public final Map<String, NetworkInfo> networks = new LinkedHashMap<>();

    public NetworkInfo add(String name, String subnet) {
        NetworkInfo info = new NetworkInfo(Containers.id(name.substring(0, 1)), name, "bridge", subnet, null, false,
                Map.of(), Map.of(), Set.of());
        networks.put(name, info);
        return info;
    }

    @Override
    public NetworkInfo createNetwork(String driver, NetworkSpec spec) {
        calls.add("create " + driver + " " + spec.name() + " " + spec.subnet() + " " + spec.internal());
        return add(spec.name(), spec.subnet());
    }

    @Override
    public List<NetworkInfo> listNetworks() {
        return List.copyOf(networks.values());
    }

    @Override
    public NetworkInfo inspectNetwork(String network) {
        NetworkInfo info = networks.get(network);
        if (info == null) {
            throw new NotFoundException("network " + network + " not found");
        }
        return info;
    }

    @Override
    public void removeNetwork(String network) {
        calls.add("rm " + network);
        inspectNetwork(network);
        networks.remove(network);
    }

    @Override
    public List<String> pruneNetworks() {
        calls.add("prune");
        List<String> removed = List.copyOf(networks.keySet());
        networks.clear();
        return removed;
    }

    @Override
    public void connect(String network, String containerRef, List<String> aliases) {
        calls.add("connect " + network + " " + containerRef + " " + aliases);
    }

    @Override
    public void disconnect(String network, String containerRef, boolean force) {
        calls.add("disconnect " + network + " " + containerRef + " " + force);
    }
}
