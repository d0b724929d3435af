package io.gantry.net.bridge.internal;

import io.gantry.api.config.EngineRoots;
import io.gantry.api.network.NetworkDriver;
import io.gantry.testkit.ConfigAnnotations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Drivers on a test data root with test-only bridge and chain names, and looks at what is on the host. */
final class TestHost {
    static final String RUN = UUID.randomUUID().toString().substring(0, 4);
    static final String DEFAULT_BRIDGE = "gt-test" + RUN;
    static final String BRIDGE_PREFIX = "gtt-";
    static final String CHAIN_PREFIX = "GTT" + RUN.toUpperCase();
    private static final Commands COMMANDS = new Commands();

    private static final Path IP_FORWARD = Path.of("/proc/sys/net/ipv4/ip_forward");
    private static final Path IPV6_FORWARDING = Path.of("/proc/sys/net/ipv6/conf/all/forwarding");

    private TestHost() {
    }

    /** The host's net.ipv4.ip_forward, which the driver turns on; tests put it back as it was. */
    static String ipForward() throws IOException {
        return Files.readString(IP_FORWARD).strip();
    }

    /** Both forwarding switches, IPv4's and IPv6's, as "ipv4,ipv6"; a network with IPv6 turns on the second. */
    static String forwarding() throws IOException {
        return ipForward() + "," + Files.readString(IPV6_FORWARDING).strip();
    }

    static void restoreForwarding(String saved) throws IOException {
        String[] values = saved.split(",");
        Files.writeString(IP_FORWARD, values[0]);
        Files.writeString(IPV6_FORWARDING, values[1]);
    }

    static NetworkDriver driver(Path dataRoot) {
        return new BridgeNetworkDriver(
                ConfigAnnotations.of(EngineRoots.class, Map.of("data_root", dataRoot.toString())),
                ConfigAnnotations.of(BridgeConfig.class, Map.of("bridge_name", DEFAULT_BRIDGE,
                        "bridge_prefix", BRIDGE_PREFIX, "chain_prefix", CHAIN_PREFIX)));
    }

    static String run(String... argv) {
        return COMMANDS.run(List.of(argv));
    }

    /** The message of the exception {@code action} throws; an AssertionError if it throws none. */
    static String failureOf(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected a failure");
    }

    static boolean succeeds(String... argv) {
        return COMMANDS.tryRun(List.of(argv)).exitCode() == 0;
    }

    static List<String> linkNames() {
        return List.of(run("ip", "-o", "link", "show").lines()
                .map(line -> line.split(": ")[1].split("@")[0]).toArray(String[]::new));
    }

    /** The IPv4 rules, nat then filter. */
    static List<String> iptablesLines() {
        return rules("iptables-save");
    }

    /** The IPv6 rules, nat then filter. */
    static List<String> ip6tablesLines() {
        return rules("ip6tables-save");
    }

    private static List<String> rules(String save) {
        List<String> lines = new ArrayList<>();
        lines.addAll(run(save, "-t", "nat").lines().toList());
        lines.addAll(run(save, "-t", "filter").lines().toList());
        return lines;
    }

    /** Links, rules and leases on the host and in the data root that mention a network or container id. */
    static List<String> tracesOf(String token, Path dataRoot) {
        String shortToken = token.substring(0, Math.min(11, token.length()));
        List<String> networkIds = new StateStore(dataRoot.resolve("network/bridge")).loadNetworks().stream()
                .map(NetworkRecord::id).toList();
        List<String> traces = new ArrayList<>();
        for (String link : linkNames()) {
            if (link.contains(shortToken) || networkIds.stream().anyMatch(id -> Names.hostVeth(token, id).equals(link))) {
                traces.add("link " + link);
            }
        }
        for (List<String> family : List.of(iptablesLines(), ip6tablesLines())) {
            family.stream().filter(l -> l.contains(token.substring(0, Math.min(12, token.length()))))
                    .forEach(l -> traces.add("rule " + l));
        }
        new StateStore(dataRoot.resolve("network/bridge")).loadEndpoints().stream()
                .filter(e -> e.containerId().equals(token) || e.networkId().equals(token))
                .forEach(e -> traces.add("lease " + e));
        return traces;
    }

    /** The test bridges and chains still on the host; empty once every test network is gone. */
    static List<String> testLeftovers() {
        List<String> leftovers = new ArrayList<>();
        linkNames().stream().filter(l -> l.startsWith(BRIDGE_PREFIX) || l.equals(DEFAULT_BRIDGE))
                .forEach(l -> leftovers.add("link " + l));
        iptablesLines().stream().filter(l -> l.contains(CHAIN_PREFIX)).forEach(l -> leftovers.add("rule " + l));
        ip6tablesLines().stream().filter(l -> l.contains(CHAIN_PREFIX)).forEach(l -> leftovers.add("ip6 rule " + l));
        return leftovers;
    }
}
