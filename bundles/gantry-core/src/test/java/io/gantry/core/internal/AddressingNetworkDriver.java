package io.gantry.core.internal;

import io.gantry.api.ConflictException;
import io.gantry.api.network.EndpointSpec;
import io.gantry.api.network.IpamPool;
import io.gantry.api.network.NetworkAttachment;
import io.gantry.api.network.NetworkDriver;
import io.gantry.api.network.NetworkInfo;
import io.gantry.api.network.NetworkSpec;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A driver with the one dual-stack network "lab" on 10.99.0.0/24 and fd99:1::/64 that hands out the addresses an
 * endpoint asks for (a taken IPv4 one is a conflict) or else the next free ones. It records every endpoint and
 * sets nothing up in the namespace.
 */
final class AddressingNetworkDriver implements NetworkDriver {
    static final String NETWORK = "lab";
    static final String GATEWAY = "10.99.0.1";
    static final String GATEWAY6 = "fd99:1::1";

    final List<EndpointSpec> endpoints = new CopyOnWriteArrayList<>();
    private final Map<String, String> addresses = new LinkedHashMap<>();
    private final Map<String, String> addresses6 = new LinkedHashMap<>();
    private final Map<String, String> names = new LinkedHashMap<>();

    @Override
    public String name() {
        return "addressing";
    }

    @Override
    public NetworkInfo create(NetworkSpec spec) {
        throw new UnsupportedOperationException("create");
    }

    @Override
    public void remove(String network) {
        throw new UnsupportedOperationException("remove");
    }

    @Override
    public synchronized List<NetworkInfo> networks() {
        return List.of(new NetworkInfo("1abe1abe1abe", NETWORK, name(), List.of(new IpamPool("10.99.0.0/24", null,
                GATEWAY, null), new IpamPool("fd99:1::/64", null, GATEWAY6, null)), true, false, false, Map.of(),
                Map.of(), addresses.keySet()));
    }

    @Override
    public synchronized NetworkAttachment attach(String containerId, String network, Path netns, EndpointSpec spec) {
        endpoints.add(spec);
        String address = spec.ipv4Address() != null ? spec.ipv4Address() : "10.99.0." + (addresses.size() + 2);
        if (addresses.containsValue(address)) {
            throw new ConflictException("address " + address + " is already in use on network " + network);
        }
        String address6 = spec.ipv6Address() != null ? spec.ipv6Address() : "fd99:1::" + (addresses.size() + 2);
        addresses.put(containerId, address);
        addresses6.put(containerId, address6);
        names.put(containerId, spec.name());
        return new NetworkAttachment(network, "eth0", address, 24, GATEWAY, address6, 64, GATEWAY6, null,
                spec.ports());
    }

    @Override
    public synchronized void detach(String containerId, String network, Path netns) {
        addresses.remove(containerId);
        addresses6.remove(containerId);
        names.remove(containerId);
    }

    @Override
    public synchronized void renameEndpoint(String containerId, String network, String oldName, String newName) {
        names.computeIfPresent(containerId, (id, name) -> name.equals(oldName) ? newName : name);
    }

    @Override
    public synchronized Map<String, String> hostsEntries(String network) {
        Map<String, String> entries = new LinkedHashMap<>();
        addresses.forEach((id, address) -> entries.put(names.get(id), address));
        return entries;
    }

    @Override
    public synchronized Map<String, String> ipv6HostsEntries(String network) {
        Map<String, String> entries = new LinkedHashMap<>();
        addresses6.forEach((id, address) -> entries.put(names.get(id), address));
        return entries;
    }

    @Override
    public synchronized void reconcile(Set<String> liveContainerIds) {
        addresses.keySet().retainAll(liveContainerIds);
        addresses6.keySet().retainAll(liveContainerIds);
        names.keySet().retainAll(liveContainerIds);
    }
}
