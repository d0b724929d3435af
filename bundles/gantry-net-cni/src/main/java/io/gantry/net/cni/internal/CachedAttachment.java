package io.gantry.net.cni.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gantry.api.network.PortBinding;
import java.nio.file.Path;
import java.util.List;

/**
 * A container on a CNI network as the driver remembers it: the configuration list and parameters ADD ran with,
 * and the result, which are what DEL needs even after the conflist changed or the engine restarted.
 */
record CachedAttachment(String containerId, String network, PluginChain.Target target, ObjectNode conflist,
        JsonNode result, List<String> names, List<PortBinding> ports) {
    CachedAttachment {
        names = List.copyOf(names);
        ports = List.copyOf(ports);
    }

    NetworkConfigList configList() {
        return NetworkConfigList.of(Path.of("cache"), conflist);
    }

    String ipv4() {
        return new CniResult(result, target.ifname()).ipv4();
    }
}
