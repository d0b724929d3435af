package io.gantry.api.network;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Manages networks and connects containers' network namespaces to them. Errors are the typed errors of
 * {@code io.gantry.api}: an unknown network is a NotFoundException, a clash with existing state (a subnet, a
 * published port, a network still in use) a ConflictException, a malformed value an InvalidArgumentException.
 */
@ConsumerType
public interface NetworkDriver {
    /** The name users choose it by, e.g. "bridge". */
    String name();

    /**
     * Creates a network; without an IPv4 pool the driver chooses a free subnet. A driver that cannot apply part of
     * the spec (IPv6, a second pool, an option) refuses it with an InvalidArgumentException naming that part.
     */
    NetworkInfo create(NetworkSpec spec);

    /** Removes a network by name or id. ConflictException while containers are still attached. */
    void remove(String network);

    /** Every network this driver knows. */
    List<NetworkInfo> networks();

    /** Sets up the container's side of {@code network} (name or id) inside the namespace at {@code netns}. */
    NetworkAttachment attach(String containerId, String network, Path netns, EndpointSpec spec);

    /** Undoes {@link #attach}. Idempotent: nothing is left behind even if the namespace is gone. */
    void detach(String containerId, String network, Path netns);

    /** Names and aliases of the containers on {@code network}, each mapped to its IPv4 address. */
    Map<String, String> hostsEntries(String network);

    /** The names of {@link #hostsEntries} mapped to their container's IPv6 address, for those that have one. */
    default Map<String, String> ipv6HostsEntries(String network) {
        return Map.of();
    }

    /**
     * After the container was renamed, its endpoint on {@code network} is found by {@code newName} instead of
     * {@code oldName}; its other names stay. A driver that keeps no endpoint names has nothing to do.
     */
    default void renameEndpoint(String containerId, String network, String oldName, String newName) {
    }

    /** Removes every endpoint (and what it set up on the host) of containers not in {@code liveContainerIds}. */
    void reconcile(Set<String> liveContainerIds);
}
