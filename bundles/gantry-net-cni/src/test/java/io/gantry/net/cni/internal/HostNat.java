package io.gantry.net.cni.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The host's nat table as a test sees it: portmap's rules and chains, and the removal of the shared CNI-HOSTPORT
 * chains portmap adds, when they were not there before the test.
 */
final class HostNat {
    private final Set<String> before;

    HostNat() throws Exception {
        this.before = Set.copyOf(rules());
    }

    List<String> rulesMentioning(String token) throws Exception {
        return rules().stream().filter(r -> r.contains(token)).toList();
    }

    /** portmap's per-container chains (CNI-DN-..., CNI-SN-...) that the test added. */
    List<String> perContainerChainsAdded() throws Exception {
        return rules().stream().filter(r -> !before.contains(r))
                .filter(r -> r.startsWith("-N CNI-DN-") || r.startsWith("-N CNI-SN-")).toList();
    }

    void removeAddedCniRules() throws Exception {
        List<String> added = rules().stream().filter(r -> !before.contains(r) && r.contains("CNI-")).toList();
        for (String rule : added.stream().filter(r -> r.startsWith("-A ")).toList()) {
            List<String> delete = new ArrayList<>(List.of("iptables", "-t", "nat", "-D"));
            delete.addAll(splitRule(rule.substring(3)));
            TestNetns.run(delete.toArray(String[]::new));
        }
        for (String chain : added.stream().filter(r -> r.startsWith("-N ")).collect(Collectors.toList())) {
            TestNetns.run("iptables", "-t", "nat", "-X", chain.substring(3));
        }
    }

    private static List<String> rules() throws Exception {
        return TestNetns.run("iptables", "-t", "nat", "-S").lines().toList();
    }

    /** Splits an iptables -S line into arguments, keeping quoted comments whole. */
    private static List<String> splitRule(String rule) {
        List<String> args = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < rule.length(); i++) {
            char c = rule.charAt(i);
            if (c == '\\' && i + 1 < rule.length() && quoted) {
                current.append(rule.charAt(++i));
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ' ' && !quoted) {
                args.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        args.add(current.toString());
        return args;
    }
}
