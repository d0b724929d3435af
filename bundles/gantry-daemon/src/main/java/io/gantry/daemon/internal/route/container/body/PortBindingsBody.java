package io.gantry.daemon.internal.route.container.body;

import com.fasterxml.jackson.databind.JsonNode;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.network.PortBinding;
import io.gantry.api.network.PortSpec;
import io.gantry.daemon.internal.json.JsonFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads HostConfig.PortBindings, {"80/tcp":[{"HostIp":"127.0.0.1","HostPort":"18080"}]}: an empty or 0 HostPort
 * asks for a free one, and a port with no bindings is only exposed, not published; and Config.ExposedPorts.
 * Ports are checked by {@link PortSpec}. PublishAllPorts (-P) is the engine's to apply, over the container's and
 * the image's exposed ports.
 */
final class PortBindingsBody {
    private PortBindingsBody() {
    }

    /** The keys of Config.ExposedPorts, each checked and written as "80/tcp". */
    static List<String> exposedPorts(JsonNode body) {
        return JsonFields.object(body, "ExposedPorts").properties().stream().map(Map.Entry::getKey)
                .map(PortSpec::normal).toList();
    }

    static List<PortBinding> read(JsonNode host) {
        JsonNode bindings = JsonFields.object(host, "PortBindings");
        List<PortBinding> ports = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : bindings.properties()) {
            PortBinding exposed = PortSpec.exposed(entry.getKey());
            JsonNode list = entry.getValue();
            if (!list.isNull() && !list.isArray()) {
                throw new InvalidArgumentException("invalid PortBindings for " + entry.getKey() + ": not an array");
            }
            for (JsonNode binding : list) {
                if (!binding.isObject()) {
                    throw new InvalidArgumentException("invalid PortBindings for " + entry.getKey()
                            + ": each binding is an object with HostIp and HostPort");
                }
                int published = PortSpec.hostPort(JsonFields.string(binding, "HostPort"));
                ports.add(new PortBinding(JsonFields.string(binding, "HostIp"), published, exposed.containerPort(),
                        exposed.protocol()));
            }
        }
        return ports;
    }
}
