package io.gantry.core.internal.state;

import io.gantry.api.network.NetworkAttachment;
import java.util.List;

/**
 * A driver network a container is connected to, by network name, with its extra aliases; {@code attachment} is
 * what the driver set up while the container runs, else null.
 */
public record JoinedNetwork(String network, String driver, List<String> aliases, NetworkAttachment attachment) {
    public JoinedNetwork {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public JoinedNetwork withAttachment(NetworkAttachment value) {
        return new JoinedNetwork(network, driver, aliases, value);
    }

    /** As inspect shows it: the attachment, or the network name alone while not attached. */
    public NetworkAttachment view() {
        return attachment != null ? attachment
                : new NetworkAttachment(network, null, null, null, null, null, List.of());
    }
}
