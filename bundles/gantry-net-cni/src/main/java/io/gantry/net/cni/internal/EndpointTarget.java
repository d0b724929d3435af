package io.gantry.net.cni.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.network.EndpointSpec;
import io.gantry.api.network.PortBinding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The CNI parameters of a new endpoint: the first free ethN, a requested address as CNI_ARGS IP (which
 * host-local honours), the published ports as the portMappings capability and a requested MAC address as the
 * mac capability.
 */
final class EndpointTarget {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final String PORT_MAPPINGS = "portMappings";
    private static final String MAC = "mac";

    private final NetworkConfigList list;
    private final String containerId;
    private final Path netns;
    private final EndpointSpec spec;
    private final List<PortBinding> ports;

    EndpointTarget(NetworkConfigList list, String containerId, Path netns, EndpointSpec spec, List<PortBinding> ports) {
        this.list = list;
        this.containerId = containerId;
        this.netns = netns;
        this.spec = spec;
        this.ports = ports;
    }

    PluginChain.Target target() {
        if (spec.ipv6Address() != null && !spec.ipv6Address().isEmpty()) {
            throw new InvalidArgumentException("cannot ask for IPv6 address " + spec.ipv6Address() + " on CNI network "
                    + list.name() + ": the cni driver passes the plugins an IPv4 address only");
        }
        String address = spec.ipv4Address();
        if (address != null && !address.isEmpty() && !IPV4.matcher(address).matches()) {
            throw new InvalidArgumentException("invalid IPv4 address " + address);
        }
        String cniArgs = address == null || address.isEmpty() ? "" : "IgnoreUnknown=1;IP=" + address;
        Map<String, JsonNode> capabilities = new HashMap<>();
        if (!ports.isEmpty()) {
            requireCapability(PORT_MAPPINGS, "publish ports", "the portmap plugin");
            capabilities.put(PORT_MAPPINGS, PublishedPorts.portMappings(ports));
        }
        if (spec.macAddress() != null) {
            requireCapability(MAC, "set MAC address " + spec.macAddress(), "the tuning plugin");
            capabilities.put(MAC, TextNode.valueOf(spec.macAddress()));
        }
        return new PluginChain.Target(containerId, netns.toString(), InterfaceNames.firstFree(netns), cniArgs,
                capabilities);
    }

    private void requireCapability(String capability, String what, String plugin) {
        if (IntStream.range(0, list.plugins().size()).noneMatch(i -> list.declares(i, capability))) {
            throw new InvalidArgumentException("cannot " + what + " on CNI network " + list.name() + ": no plugin"
                    + " in " + list.file() + " declares the " + capability + " capability (add " + plugin + ")");
        }
    }

    /** The names other containers find this one by: name, hostname and aliases. */
    static List<String> names(EndpointSpec spec) {
        Set<String> names = new LinkedHashSet<>();
        for (String name : concat(spec.name(), spec.hostname(), spec.aliases())) {
            if (name != null && !name.isBlank()) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }

    private static List<String> concat(String name, String hostname, List<String> aliases) {
        List<String> all = new ArrayList<>();
        all.add(name);
        all.add(hostname);
        all.addAll(aliases);
        return all;
    }
}
