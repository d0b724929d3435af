package io.gantry.net.bridge.internal;

import io.gantry.api.ConflictException;
import io.gantry.api.GantryException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.network.IpAddress;
import io.gantry.api.network.PortBinding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketAddress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Checks the ports a container publishes and picks host ports for those that ask for 0. A host port is taken if
 * another endpoint publishes it (same protocol, overlapping host address) or a socket on the host is bound to it.
 */
final class PortPublisher {
    private PortPublisher() {
    }

    /** The bindings as they will be published, each with a concrete host port. */
    static List<PortBinding> resolve(List<PortBinding> requested, Collection<EndpointRecord> others) {
        List<PortBinding> taken = new ArrayList<>(others.stream().flatMap(e -> e.ports().stream()).toList());
        List<PortBinding> resolved = new ArrayList<>();
        for (PortBinding port : requested) {
            validate(port);
            PortBinding bound = port.hostPort() == 0 ? pickFree(port, taken) : port;
            taken.stream().filter(t -> clashes(t, bound)).findFirst().ifPresent(t -> {
                throw new ConflictException("port " + describe(bound) + " is already published by another container");
            });
            if (!freeOnHost(bound)) {
                throw new ConflictException("port " + describe(bound) + " is already in use on the host");
            }
            taken.add(bound);
            resolved.add(bound);
        }
        return resolved;
    }

    static String describe(PortBinding port) {
        return (port.hostIp().isEmpty() ? "0.0.0.0" : port.hostIp()) + ":" + port.hostPort() + "/" + port.protocol();
    }

    private static void validate(PortBinding port) {
        if (!port.protocol().equals("tcp") && !port.protocol().equals("udp")) {
            throw new InvalidArgumentException("invalid protocol " + port.protocol() + ": must be tcp or udp");
        }
        if (port.containerPort() < 1 || port.containerPort() > 65535) {
            throw new InvalidArgumentException("invalid container port " + port.containerPort() + ": must be 1-65535");
        }
        if (port.hostPort() < 0 || port.hostPort() > 65535) {
            throw new InvalidArgumentException("invalid host port " + port.hostPort() + ": must be 0-65535");
        }
        if (!port.hostIp().isEmpty()) {
            IpAddress.parse(port.hostIp(), "host IP", false);
        }
    }

    private static boolean clashes(PortBinding a, PortBinding b) {
        boolean anyAddress = a.hostIp().isEmpty() || b.hostIp().isEmpty()
                || a.hostIp().equals("0.0.0.0") || b.hostIp().equals("0.0.0.0");
        return a.hostPort() == b.hostPort() && a.protocol().equals(b.protocol())
                && (anyAddress || a.hostIp().equals(b.hostIp()));
    }

    private static PortBinding pickFree(PortBinding port, List<PortBinding> taken) {
        for (int attempt = 0; attempt < 20; attempt++) {
            PortBinding candidate = new PortBinding(port.hostIp(), ephemeralPort(port), port.containerPort(),
                    port.protocol());
            if (taken.stream().noneMatch(t -> clashes(t, candidate))) {
                return candidate;
            }
        }
        throw new GantryException("found no free host port for " + port.containerPort() + "/" + port.protocol());
    }

    private static int ephemeralPort(PortBinding port) {
        try {
            if (port.protocol().equals("udp")) {
                try (DatagramSocket socket = new DatagramSocket(address(port, 0))) {
                    return socket.getLocalPort();
                }
            }
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(address(port, 0));
                return socket.getLocalPort();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean freeOnHost(PortBinding port) {
        try {
            if (port.protocol().equals("udp")) {
                new DatagramSocket(address(port, port.hostPort())).close();
            } else {
                try (ServerSocket socket = new ServerSocket()) {
                    socket.bind(address(port, port.hostPort()));
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static SocketAddress address(PortBinding port, int number) throws IOException {
        String ip = port.hostIp().isEmpty() ? "0.0.0.0" : port.hostIp();
        return new InetSocketAddress(InetAddress.getByName(ip), number);
    }
}
