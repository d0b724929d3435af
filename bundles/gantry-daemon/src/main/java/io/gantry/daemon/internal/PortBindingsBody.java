package io.gantry.daemon.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.network.PortBinding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads HostConfig.PortBindings, {"80/tcp":[{"HostIp":"127.0.0.1","HostPort":"18080"}]}: an empty HostPort
 * asks for a free one, and a port with no bindings is only exposed, not published; and Config.ExposedPorts.
 * PublishAllPorts (-P) is the engine's to apply, over the container's and the image's exposed ports.
 */
final class PortBindingsBody {
    private PortBindingsBody() {
    }

    /** The keys of Config.ExposedPorts, each checked and written as "80/tcp". */
    static List<String> exposedPorts(JsonNode body) {
        return JsonFields.object(body, "ExposedPorts").properties().stream().map(Map.Entry::getKey)
                .map(PortBindingsBody::exposed).map(p -> p.containerPort() + "/" + p.protocol()).toList();
    }

    static List<PortBinding> read(JsonNode host) {
        JsonNode bindings = JsonFields.object(host, "PortBindings");
        List<PortBinding> ports = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : bindings.properties()) {
            PortBinding exposed = exposed(entry.getKey());
            int containerPort = exposed.containerPort();
            String protocol = exposed.protocol();
            JsonNode list = entry.getValue();
            if (!list.isNull() && !list.isArray()) {
                throw new InvalidArgumentException("invalid PortBindings for " + entry.getKey() + ": not an array");
            }
            for (JsonNode binding : list) {
                if (!binding.isObject()) {
                    throw new InvalidArgumentException("invalid PortBindings for " + entry.getKey()
                            + ": each binding is an object with HostIp and HostPort");
                }
                String hostPort = JsonFields.string(binding, "HostPort");
                int published = hostPort == null || hostPort.isEmpty() ? 0 : port("host port", hostPort, hostPort);
                ports.add(new PortBinding(JsonFields.string(binding, "HostIp"), published, containerPort, protocol));
            }
        }
        return ports;
    }

    /** "80/tcp", "53/udp" or "80" as a binding to a free port of every host address. */
    private static PortBinding exposed(String key) {
        String[] portAndProtocol = key.split("/", 2);
        int containerPort = port("container port", portAndProtocol[0], key);
        String protocol = portAndProtocol.length == 2 ? portAndProtocol[1] : "tcp";
        if (!protocol.equals("tcp") && !protocol.equals("udp")) {
            throw new InvalidArgumentException("invalid protocol " + protocol + " in port " + key
                    + ": only tcp and udp");
        }
        return new PortBinding("", 0, containerPort, protocol);
    }

    private static int port(String what, String text, String shown) {
        try {
            int port = Integer.parseInt(text);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below, like an out-of-range number
        }
        throw new InvalidArgumentException("invalid " + what + " " + shown + ": must be a number from 1 to 65535");
    }
}
