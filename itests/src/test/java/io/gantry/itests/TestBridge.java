package io.gantry.itests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A bridge name and iptables chain prefix of the test run's own, so the tests never touch a real engine's
 * gantry0, and the removal of what the bridge driver keeps after the engine stops (the default network's
 * bridge and chains live on, like docker0).
 */
public final class TestBridge {
    public static final String PID = "io.gantry.net.bridge";

    private final String bridge;
    private final String chainPrefix;

    public TestBridge(String unique) {
        this.bridge = "gtit" + unique;
        this.chainPrefix = "GTIT" + unique.toUpperCase(Locale.ROOT);
    }

    /** The bridge driver's configuration (etc/io.gantry.net.bridge.cfg). */
    public Map<String, String> config() {
        return Map.of("bridge.name", bridge, "chain.prefix", chainPrefix);
    }

    /**
     * Deletes the bridge and every rule and chain with the prefix, iptables' and ip6tables'; what is already gone is
     * skipped.
     */
    public void remove() throws IOException, InterruptedException {
        run(List.of("ip", "link", "delete", bridge));
        for (String tool : List.of("iptables", "ip6tables")) {
            for (String table : List.of("nat", "filter")) {
                removeChains(tool, table);
            }
        }
    }

    private void removeChains(String tool, String table) throws IOException, InterruptedException {
        List<String> chains = new ArrayList<>();
        for (String rule : run(List.of(tool, "-t", table, "-S")).split("\n")) {
            if (rule.startsWith("-A ") && rule.contains("-j " + chainPrefix)) {
                List<String> delete = new ArrayList<>(List.of(tool, "-t", table, "-D"));
                delete.addAll(List.of(rule.substring(3).split(" ")));
                run(delete);
            } else if (rule.startsWith("-N " + chainPrefix)) {
                chains.add(rule.substring(3).trim());
            }
        }
        for (String chain : chains) {
            run(List.of(tool, "-t", table, "-F", chain));
        }
        for (String chain : chains) {
            run(List.of(tool, "-t", table, "-X", chain));
        }
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }
}
