package io.gantry.net.cni.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.gantry.api.ConflictException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.network.PortBinding;
import java.io.Closeable;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Published ports of a new endpoint: checked, host port 0 replaced by a free port, refused if another container
 * publishes the same host port or a host process holds it; and their form as the portMappings runtime value.
 */
final class PublishedPorts {
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

    private PublishedPorts() {
    }

    /** @param published the ports other endpoints already publish */
    static List<PortBinding> resolve(List<PortBinding> requested, List<CachedAttachment> published) {
        List<PortBinding> resolved = new ArrayList<>();
        for (PortBinding port : requested) {
            check(port);
            PortBinding bound = port.hostPort() == 0 ? withFreePort(port) : port;
            for (CachedAttachment other : published) {
                other.ports().stream().filter(p -> clash(p, bound)).findFirst().ifPresent(p -> {
                    throw new ConflictException("host port " + describe(bound) + " is already published by container "
                            + other.containerId());
                });
            }
            if (resolved.stream().anyMatch(p -> clash(p, bound))) {
                throw new ConflictException("host port " + describe(bound) + " is published twice");
            }
            if (port.hostPort() != 0) {
                probe(bound);
            }
            resolved.add(bound);
        }
        return resolved;
    }

    /** The portMappings runtime value: [{hostPort, containerPort, protocol, hostIP}]. */
    static ArrayNode portMappings(List<PortBinding> ports) {
        ArrayNode mappings = JsonNodeFactory.instance.arrayNode();
        for (PortBinding port : ports) {
            var mapping = mappings.addObject().put("hostPort", port.hostPort()).put("containerPort", port.containerPort())
                    .put("protocol", port.protocol());
            if (!port.hostIp().isEmpty()) {
                mapping.put("hostIP", port.hostIp());
            }
        }
        return mappings;
    }

    private static void check(PortBinding port) {
        if (!port.protocol().equals("tcp") && !port.protocol().equals("udp")) {
            throw new InvalidArgumentException("invalid protocol " + port.protocol() + " of published port "
                    + port.containerPort() + ": use tcp or udp");
        }
        if (port.hostPort() < 0 || port.hostPort() > 65535) {
            throw new InvalidArgumentException("invalid host port " + port.hostPort() + ": use 0 to 65535");
        }
        if (port.containerPort() < 1 || port.containerPort() > 65535) {
            throw new InvalidArgumentException("invalid container port " + port.containerPort() + ": use 1 to 65535");
        }
        var ipv4 = IPV4.matcher(port.hostIp());
        boolean valid = port.hostIp().isEmpty() || ipv4.matches() && List.of(1, 2, 3, 4).stream()
                .allMatch(group -> Integer.parseInt(ipv4.group(group)) < 256);
        if (!valid) {
            throw new InvalidArgumentException("invalid host IP " + port.hostIp() + " of published port "
                    + port.containerPort() + ": use an IPv4 address");
        }
    }

    private static boolean clash(PortBinding a, PortBinding b) {
        return a.protocol().equals(b.protocol()) && a.hostPort() == b.hostPort()
                && (a.hostIp().isEmpty() || b.hostIp().isEmpty() || a.hostIp().equals(b.hostIp()));
    }

    private static PortBinding withFreePort(PortBinding port) {
        try (Closeable socket = bind(port, 0)) {
            int free = socket instanceof ServerSocket s ? s.getLocalPort() : ((DatagramSocket) socket).getLocalPort();
            return new PortBinding(port.hostIp(), free, port.containerPort(), port.protocol());
        } catch (IOException e) {
            throw new ConflictException("no free host port for " + describe(port) + ": " + e.getMessage(), e);
        }
    }

    private static void probe(PortBinding port) {
        try (Closeable socket = bind(port, port.hostPort())) {
            // bound, so no host process holds it
        } catch (IOException e) {
            throw new ConflictException("host port " + describe(port) + " is already in use: " + e.getMessage(), e);
        }
    }

    private static Closeable bind(PortBinding port, int number) throws IOException {
        InetSocketAddress address = port.hostIp().isEmpty() ? new InetSocketAddress(number)
                : new InetSocketAddress(InetAddress.getByName(port.hostIp()), number);
        if (port.protocol().equals("udp")) {
            return new DatagramSocket(address);
        }
        ServerSocket socket = new ServerSocket();
        socket.bind(address);
        return socket;
    }

    private static String describe(PortBinding port) {
        return (port.hostIp().isEmpty() ? "" : port.hostIp() + ":") + port.hostPort() + "/" + port.protocol();
    }
}
