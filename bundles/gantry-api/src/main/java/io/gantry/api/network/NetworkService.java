package io.gantry.api.network;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Networks as users see them, over every installed {@link NetworkDriver}. "bridge" (the bridge driver's default
 * network), "host" and "none" are predefined and cannot be created or removed. A network is named by its name or
 * a unique prefix of its id.
 */
@ProviderType
public interface NetworkService {
    /**
     * Creates a network with the named driver (null: "bridge").
     *
     * @throws io.gantry.api.NotFoundException if no such driver is installed
     * @throws io.gantry.api.ConflictException if a network of that name exists
     */
    NetworkInfo createNetwork(String driver, NetworkSpec spec);

    /** Every network, the predefined ones included. */
    List<NetworkInfo> listNetworks();

    /** @throws io.gantry.api.NotFoundException if there is no such network */
    NetworkInfo inspectNetwork(String network);

    /**
     * Removes a network.
     *
     * @throws io.gantry.api.ConflictException while containers are connected to it
     * @throws io.gantry.api.FailedPreconditionException for a predefined network
     */
    void removeNetwork(String network);

    /** Removes every user network no container is connected to; returns their names. */
    List<String> pruneNetworks();

    /** Connects a container, running or not, to a network under extra {@code aliases}. */
    default void connect(String network, String containerRef, List<String> aliases) {
        connect(network, containerRef, new EndpointConfig(aliases, null, null));
    }

    /**
     * Connects a container, running or not, to a network with the aliases and fixed addresses of {@code endpoint};
     * a running one gets them at once, a stopped one at its next start.
     *
     * @throws io.gantry.api.InvalidArgumentException for an address the network cannot give
     * @throws io.gantry.api.ConflictException if the container is connected already or the address is taken
     */
    void connect(String network, String containerRef, EndpointConfig endpoint);

    /**
     * What the container asked for on a network it is connected to, its network mode's included ("none" or
     * "host" have none); {@link EndpointConfig#NONE} if it is not connected to it.
     */
    EndpointConfig endpointConfig(String containerRef, String network);

    /** Disconnects a container; {@code force} also accepts a network that no longer exists. */
    void disconnect(String network, String containerRef, boolean force);
}
