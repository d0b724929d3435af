package io.gantry.api.network;

import java.util.List;

/**
 * The result of connecting a container to a network. Fields a driver does not set are null; {@code ports} holds
 * the published ports as actually bound (a requested host port 0 replaced by the one picked).
 */
public record NetworkAttachment(String network, String interfaceName, String ipv4Address, Integer prefixLength,
        String gateway, String macAddress, List<PortBinding> ports) {
    public NetworkAttachment {
        ports = ports == null ? List.of() : List.copyOf(ports);
    }
}
