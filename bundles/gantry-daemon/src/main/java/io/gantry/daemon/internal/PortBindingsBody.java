package io.gantry.daemon.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.network.PortBinding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads HostConfig.PortBindings, {"80/tcp":[{"HostIp":"127.0.0.1","HostPort":"18080"}]}: an empty HostPort
 * asks for a free one, and a port with no bindings is only exposed, not published.
 */
final class PortBindingsBody {
    private PortBindingsBody() {
    }

    static List<PortBinding> read(JsonNode host) {
        JsonNode bindings = JsonFields.object(host, "PortBindings");
        List<PortBinding> ports = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : bindings.properties()) {
            String[] portAndProtocol = entry.getKey().split("/", 2);
            int containerPort = port("container port", portAndProtocol[0], entry.getKey());
            String protocol = portAndProtocol.length == 2 ? portAndProtocol[1] : "tcp";
            if (!protocol.equals("tcp") && !protocol.equals("udp")) {
                throw new InvalidArgumentException("invalid protocol " + protocol + " in port " + entry.getKey()
                        + ": only tcp and udp");
            }
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
