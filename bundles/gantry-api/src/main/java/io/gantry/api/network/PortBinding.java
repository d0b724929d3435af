package io.gantry.api.network;

/**
 * A published port, as in {@code -p [hostIp:]hostPort:containerPort[/protocol]}. A null or empty hostIp means
 * every host address; hostPort 0 asks the driver to pick a free one; protocol is "tcp" or "udp" (null: tcp).
 */
public record PortBinding(String hostIp, int hostPort, int containerPort, String protocol) {
    public PortBinding {
        hostIp = hostIp == null ? "" : hostIp;
        protocol = protocol == null ? "tcp" : protocol;
    }

    public static PortBinding tcp(int hostPort, int containerPort) {
        return new PortBinding("", hostPort, containerPort, "tcp");
    }
}
