package io.gantry.net.bridge.internal;

import java.util.ArrayList;
import java.util.List;

/** One iptables rule: its table, chain and match/target arguments, tagged with an owner comment. */
record Rule(String table, String chain, List<String> args) {

    static Rule of(String table, String chain, String tag, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        int target = all.indexOf("-j");
        all.addAll(target, List.of("-m", "comment", "--comment", tag));
        return new Rule(table, chain, all);
    }

    List<String> command(String operation) {
        List<String> command = new ArrayList<>(List.of("iptables", "-w", "-t", table, operation, chain));
        command.addAll(args);
        return command;
    }
}
