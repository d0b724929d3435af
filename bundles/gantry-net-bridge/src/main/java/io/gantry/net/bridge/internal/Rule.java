package io.gantry.net.bridge.internal;

import java.util.ArrayList;
import java.util.List;

/** One iptables (or, for IPv6, ip6tables) rule: its table, chain and match/target arguments. */
record Rule(boolean ipv6, String table, String chain, List<String> args) {

    /** A rule tagged with an owner comment, placed before its target. */
    static Rule of(boolean ipv6, String table, String chain, String tag, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        int target = all.indexOf("-j");
        all.addAll(target, List.of("-m", "comment", "--comment", tag));
        return new Rule(ipv6, table, chain, all);
    }

    static String tool(boolean ipv6) {
        return ipv6 ? "ip6tables" : "iptables";
    }

    List<String> command(String operation) {
        List<String> command = new ArrayList<>(List.of(tool(ipv6), "-w", "-t", table, operation, chain));
        command.addAll(args);
        return command;
    }
}
