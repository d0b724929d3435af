package io.gantry.net.bridge.internal;

import io.gantry.api.network.PortBinding;
import java.util.ArrayList;
import java.util.List;

/**
 * The firewall rules of a network and of an endpoint. Chains (names start with the configured prefix):
 * nat DNAT (published ports, from PREROUTING and OUTPUT for local destinations), nat POSTROUTING (masquerade),
 * filter FORWARD (accepts), and filter ISOLATION / ISOLATION-2, which drop traffic from one network to another.
 * A network with IPv6 has the same forwarding, isolation and masquerade rules in ip6tables, whose chains are those
 * but DNAT: ports are published on the host's IPv4 addresses only.
 */
record FirewallRules(String prefix) {
    String dnat() {
        return prefix + "-DNAT";
    }

    String postrouting() {
        return prefix + "-POSTROUTING";
    }

    String forward() {
        return prefix + "-FORWARD";
    }

    String isolation() {
        return prefix + "-ISOLATION";
    }

    String isolation2() {
        return prefix + "-ISOLATION-2";
    }

    List<Rule> forNetwork(NetworkRecord network) {
        List<Rule> rules = new ArrayList<>(forFamily(network, false, network.subnet()));
        rules.add(1, Rule.of(false, "nat", postrouting(), network.tag(), "-s", "127.0.0.0/8", "-o", network.bridge(),
                "-j", "MASQUERADE"));
        if (network.ipv6() != null) {
            rules.addAll(forFamily(network, true, network.ipv6().subnet()));
        }
        return rules;
    }

    /** Isolation, forwarding (or, for an internal network, dropping everything not on the bridge) and masquerade. */
    private List<Rule> forFamily(NetworkRecord network, boolean ipv6, String subnet) {
        String br = network.bridge();
        String tag = network.tag();
        BridgeOptions options = network.settings();
        List<Rule> rules = new ArrayList<>();
        rules.add(Rule.of(ipv6, "filter", isolation2(), tag, "-o", br, "-j", "DROP"));
        rules.add(Rule.of(ipv6, "filter", isolation(), tag, "-i", br, "!", "-o", br, "-j", isolation2()));
        rules.add(Rule.of(ipv6, "filter", forward(), tag, "-i", br, "-o", br, "-j",
                options.interContainer() ? "ACCEPT" : "DROP"));
        if (network.internal()) {
            rules.add(Rule.of(ipv6, "filter", isolation(), tag, "-i", br, "!", "-o", br, "-j", "DROP"));
            rules.add(Rule.of(ipv6, "filter", isolation(), tag, "-o", br, "!", "-i", br, "-j", "DROP"));
            return rules;
        }
        rules.add(Rule.of(ipv6, "filter", forward(), tag, "-i", br, "!", "-o", br, "-j", "ACCEPT"));
        rules.add(Rule.of(ipv6, "filter", forward(), tag, "-o", br, "-m", "conntrack", "--ctstate",
                "RELATED,ESTABLISHED", "-j", "ACCEPT"));
        if (options.masquerade()) {
            rules.add(Rule.of(ipv6, "nat", postrouting(), tag, "-s", subnet, "!", "-o", br, "-j", "MASQUERADE"));
        }
        return rules;
    }

    List<Rule> forEndpoint(NetworkRecord network, EndpointRecord endpoint) {
        List<Rule> rules = new ArrayList<>();
        for (PortBinding port : endpoint.ports()) {
            String proto = port.protocol();
            String containerPort = String.valueOf(port.containerPort());
            List<String> dnat = new ArrayList<>();
            if (!port.hostIp().isEmpty() && !port.hostIp().equals("0.0.0.0")) {
                dnat.addAll(List.of("-d", port.hostIp() + "/32"));
            }
            dnat.addAll(List.of("-p", proto, "-m", proto, "--dport", String.valueOf(port.hostPort()), "-j", "DNAT",
                    "--to-destination", endpoint.ipv4() + ":" + containerPort));
            rules.add(Rule.of(false, "nat", dnat(), endpoint.tag(), dnat.toArray(String[]::new)));
            rules.add(Rule.of(false, "filter", forward(), endpoint.tag(), "-d", endpoint.ipv4() + "/32", "!", "-i",
                    network.bridge(), "-o", network.bridge(), "-p", proto, "-m", proto, "--dport", containerPort,
                    "-j", "ACCEPT"));
            rules.add(Rule.of(false, "nat", postrouting(), endpoint.tag(), "-s", endpoint.ipv4() + "/32", "-d",
                    endpoint.ipv4() + "/32", "-p", proto, "-m", proto, "--dport", containerPort, "-j", "MASQUERADE"));
        }
        return rules;
    }

    /** The jumps from the built-in chains into a family's chains, and from FORWARD into ISOLATION. */
    List<Rule> hooks(boolean ipv6) {
        List<Rule> hooks = new ArrayList<>();
        if (!ipv6) {
            hooks.add(new Rule(false, "nat", "PREROUTING", List.of("-m", "addrtype", "--dst-type", "LOCAL", "-j",
                    dnat())));
            hooks.add(new Rule(false, "nat", "OUTPUT", List.of("-m", "addrtype", "--dst-type", "LOCAL", "-j", dnat())));
        }
        hooks.add(new Rule(ipv6, "nat", "POSTROUTING", List.of("-j", postrouting())));
        hooks.add(new Rule(ipv6, "filter", "FORWARD", List.of("-j", forward())));
        hooks.add(new Rule(ipv6, "filter", forward(), List.of("-j", isolation())));
        return hooks;
    }

    /** Table and name of each chain of a family, in an order in which they can be deleted. */
    List<String[]> chains(boolean ipv6) {
        List<String[]> chains = new ArrayList<>();
        if (!ipv6) {
            chains.add(new String[] {"nat", dnat()});
        }
        chains.add(new String[] {"nat", postrouting()});
        chains.add(new String[] {"filter", forward()});
        chains.add(new String[] {"filter", isolation()});
        chains.add(new String[] {"filter", isolation2()});
        return chains;
    }
}
