package io.gantry.shell.internal.args;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.network.PortBinding;
import java.util.List;

/** Parses -p values as Docker does: {@code [ip:][hostPort:]containerPort[/protocol]}; no hostPort means any free one. */
public final class PortSpecs {
    private PortSpecs() {
    }

    public static List<PortBinding> parse(List<String> specs) {
        return specs.stream().map(PortSpecs::parse).toList();
    }

    public static PortBinding parse(String spec) {
        int slash = spec.lastIndexOf('/');
        String protocol = slash < 0 ? "tcp" : spec.substring(slash + 1);
        String[] parts = (slash < 0 ? spec : spec.substring(0, slash)).split(":", -1);
        if (parts.length > 3 || !protocol.equals("tcp") && !protocol.equals("udp")) {
            throw invalid(spec);
        }
        String hostIp = parts.length == 3 ? parts[0] : "";
        String hostPort = parts.length >= 2 ? parts[parts.length - 2] : "";
        return new PortBinding(hostIp, hostPort.isEmpty() ? 0 : number(hostPort, spec),
                number(parts[parts.length - 1], spec), protocol);
    }

    /** An --expose value, {@code port[/protocol]}, as a binding to a free port of every host address. */
    public static PortBinding exposed(String spec) {
        int slash = spec.indexOf('/');
        String protocol = slash < 0 ? "tcp" : spec.substring(slash + 1);
        if (!protocol.equals("tcp") && !protocol.equals("udp")) {
            throw new InvalidArgumentException("invalid port '" + spec + "': expected port[/tcp|udp]");
        }
        int port = number(slash < 0 ? spec : spec.substring(0, slash), spec);
        if (port == 0) {
            throw new InvalidArgumentException("invalid port '" + spec + "': expected port[/tcp|udp]");
        }
        return new PortBinding("", 0, port, protocol);
    }

    private static int number(String text, String spec) {
        try {
            int port = Integer.parseInt(text);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below with the whole value
        }
        throw invalid(spec);
    }

    private static InvalidArgumentException invalid(String spec) {
        return new InvalidArgumentException("invalid port '" + spec
                + "': expected [ip:][hostPort:]containerPort[/tcp|udp]");
    }
}
