package io.gantry.net.bridge.internal;

import io.gantry.api.network.PortBinding;
import java.util.ArrayList;
import java.util.List;

/**
 * The iptables rules of a network and of an endpoint. Chains (names start with the configured prefix):
 * nat DNAT (published ports, from PREROUTING and OUTPUT for local destinations), nat POSTROUTING (masquerade),
 * filter FORWARD (accepts), and filter ISOLATION / ISOLATION-2, which drop traffic from one network to another.
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
        String br = network.bridge();
        String tag = network.tag();
        List<Rule> rules = new ArrayList<>();
        rules.add(Rule.of("filter", isolation2(), tag, "-o", br, "-j", "DROP"));
        rules.add(Rule.of("filter", isolation(), tag, "-i", br, "!", "-o", br, "-j", isolation2()));
        rules.add(Rule.of("filter", forward(), tag, "-i", br, "-o", br, "-j", "ACCEPT"));
        rules.add(Rule.of("nat", postrouting(), tag, "-s", "127.0.0.0/8", "-o", br, "-j", "MASQUERADE"));
        if (network.internal()) {
            rules.add(Rule.of("filter", isolation(), tag, "-i", br, "!", "-o", br, "-j", "DROP"));
            rules.add(Rule.of("filter", isolation(), tag, "-o", br, "!", "-i", br, "-j", "DROP"));
        } else {
            rules.add(Rule.of("filter", forward(), tag, "-i", br, "!", "-o", br, "-j", "ACCEPT"));
            rules.add(Rule.of("filter", forward(), tag, "-o", br, "-m", "conntrack", "--ctstate",
                    "RELATED,ESTABLISHED", "-j", "ACCEPT"));
            rules.add(Rule.of("nat", postrouting(), tag, "-s", network.subnet(), "!", "-o", br, "-j", "MASQUERADE"));
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
            rules.add(Rule.of("nat", dnat(), endpoint.tag(), dnat.toArray(String[]::new)));
            rules.add(Rule.of("filter", forward(), endpoint.tag(), "-d", endpoint.ipv4() + "/32", "!", "-i",
                    network.bridge(), "-o", network.bridge(), "-p", proto, "-m", proto, "--dport", containerPort,
                    "-j", "ACCEPT"));
            rules.add(Rule.of("nat", postrouting(), endpoint.tag(), "-s", endpoint.ipv4() + "/32", "-d",
                    endpoint.ipv4() + "/32", "-p", proto, "-m", proto, "--dport", containerPort, "-j", "MASQUERADE"));
        }
        return rules;
    }

    /** The jumps from the built-in chains into ours, and from FORWARD into ISOLATION. */
    List<Rule> hooks() {
        return List.of(
                new Rule("nat", "PREROUTING", List.of("-m", "addrtype", "--dst-type", "LOCAL", "-j", dnat())),
                new Rule("nat", "OUTPUT", List.of("-m", "addrtype", "--dst-type", "LOCAL", "-j", dnat())),
                new Rule("nat", "POSTROUTING", List.of("-j", postrouting())),
                new Rule("filter", "FORWARD", List.of("-j", forward())),
                new Rule("filter", forward(), List.of("-j", isolation())));
    }

    /** Table and name of each chain, in an order in which they can be deleted. */
    List<String[]> chains() {
        return List.of(new String[] {"nat", dnat()}, new String[] {"nat", postrouting()},
                new String[] {"filter", forward()}, new String[] {"filter", isolation()},
                new String[] {"filter", isolation2()});
    }
}
