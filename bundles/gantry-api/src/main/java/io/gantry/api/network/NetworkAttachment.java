package io.gantry.api.network;

/** The result of connecting a container to a network. Fields a driver does not set are null. */
public record NetworkAttachment(String network, String interfaceName, String ipv4Address, Integer prefixLength,
        String gateway, String macAddress) {
}
