package io.gantry.core.internal.network;

import io.gantry.api.container.ContainerConfig;
import io.gantry.api.network.PortBinding;
import io.gantry.api.network.PortSpec;
import io.gantry.core.internal.network.LegacyLinks.Link;
import io.gantry.core.internal.state.ContainerIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The variables Docker sets for each legacy link on the default bridge: ALIAS_NAME, ALIAS_PORT and
 * ALIAS_PORT_&lt;port&gt;_&lt;PROTO&gt;[_ADDR|_PORT|_PROTO] for the linked container's exposed ports, and ALIAS_ENV_X
 * for its own variables but HOME and PATH.
 */
public final class LinkEnvironment {
    private LinkEnvironment() {
    }

    /** @param peers the linking container's peers, where each linked container's address is found */
    public static List<String> of(String linkingName, ContainerConfig linking, PeerHosts peers, ContainerIndex index) {
        List<String> env = new ArrayList<>();
        if (!NetworkDirectory.DEFAULT_NETWORK.equals(linking.networkMode())) {
            return env;
        }
        for (String value : linking.links()) {
            Link link = LegacyLinks.parse(value);
            String address = peers.ipv4().get(link.container());
            if (address != null) {
                add(env, linkingName, link, address, index.resolve(link.container()).view().config());
            }
        }
        return env;
    }

    private static void add(List<String> env, String linkingName, Link link, String address, ContainerConfig linked) {
        String prefix = link.alias().toUpperCase(Locale.ROOT).replace('-', '_');
        env.add(prefix + "_NAME=/" + linkingName + "/" + link.alias());
        List<PortBinding> ports = ports(linked);
        if (!ports.isEmpty()) {
            env.add(prefix + "_PORT=" + url(ports.get(0), address));
        }
        for (PortBinding port : ports) {
            String name = prefix + "_PORT_" + port.containerPort() + "_" + port.protocol().toUpperCase(Locale.ROOT);
            env.add(name + "=" + url(port, address));
            env.add(name + "_ADDR=" + address);
            env.add(name + "_PORT=" + port.containerPort());
            env.add(name + "_PROTO=" + port.protocol());
        }
        for (String variable : linked.env()) {
            int eq = variable.indexOf('=');
            String key = eq < 0 ? variable : variable.substring(0, eq);
            if (eq > 0 && !key.equals("HOME") && !key.equals("PATH")) {
                env.add(prefix + "_ENV_" + variable);
            }
        }
    }

    private static List<PortBinding> ports(ContainerConfig linked) {
        Set<String> specs = new LinkedHashSet<>();
        linked.exposedPorts().forEach(p -> specs.add(PortSpec.normal(p)));
        linked.ports().forEach(p -> specs.add(p.containerPort() + "/" + p.protocol()));
        return specs.stream().map(PortSpec::exposed).sorted(Comparator.comparingInt(PortBinding::containerPort)
                .thenComparing(PortBinding::protocol)).toList();
    }

    private static String url(PortBinding port, String address) {
        return port.protocol() + "://" + address + ":" + port.containerPort();
    }
}
