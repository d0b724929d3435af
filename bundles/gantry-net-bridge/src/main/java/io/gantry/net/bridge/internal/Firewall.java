package io.gantry.net.bridge.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Adds and removes the driver's iptables chains and rules. Removal tolerates rules already gone. */
final class Firewall {
    private static final Pattern TAG = Pattern.compile("--comment \"?(gantry:[^\" ]+)\"?");
    private final Commands commands;
    private final FirewallRules rules;

    Firewall(Commands commands, FirewallRules rules) {
        this.commands = commands;
        this.rules = rules;
    }

    FirewallRules rules() {
        return rules;
    }

    /** Creates the chains and the jumps into them, unless they exist. */
    void install() {
        for (String[] chain : rules.chains()) {
            if (commands.tryRun(List.of("iptables", "-w", "-t", chain[0], "-n", "-L", chain[1])).exitCode() != 0) {
                commands.run(List.of("iptables", "-w", "-t", chain[0], "-N", chain[1]));
            }
        }
        for (Rule hook : rules.hooks()) {
            if (!present(hook)) {
                commands.run(hook.command(hook.chain().equals("FORWARD") ? "-I" : "-A"));
            }
        }
    }

    /** Removes the jumps and the chains, with whatever rules are left in them. */
    void uninstall() {
        rules.hooks().forEach(this::deleteIfPresent);
        for (String[] chain : rules.chains()) {
            commands.tryRun(List.of("iptables", "-w", "-t", chain[0], "-F", chain[1]));
        }
        for (String[] chain : rules.chains()) {
            commands.tryRun(List.of("iptables", "-w", "-t", chain[0], "-X", chain[1]));
        }
    }

    /** Adds all rules, or none: on failure the ones already added are removed again. */
    void add(List<Rule> toAdd) {
        List<Rule> added = new ArrayList<>();
        try {
            for (Rule rule : toAdd) {
                commands.run(rule.command("-A"));
                added.add(rule);
            }
        } catch (RuntimeException e) {
            added.forEach(this::deleteIfPresent);
            throw e;
        }
    }

    void delete(List<Rule> toDelete) {
        toDelete.forEach(this::deleteIfPresent);
    }

    /** Deletes every tagged rule in the driver's chains whose tag {@code keep} rejects. */
    void sweep(Predicate<String> keep) {
        for (String table : List.of("nat", "filter")) {
            for (String line : commands.run(List.of("iptables-save", "-t", table)).lines().toList()) {
                Matcher tag = TAG.matcher(line);
                String chain = line.startsWith("-A ") ? line.split(" ")[1] : "";
                if (chain.startsWith(rules.prefix() + "-") && tag.find() && !keep.test(tag.group(1))) {
                    commands.tryRun(deleteCommand(table, line));
                }
            }
        }
    }

    private boolean present(Rule rule) {
        return commands.tryRun(rule.command("-C")).exitCode() == 0;
    }

    private void deleteIfPresent(Rule rule) {
        if (present(rule)) {
            commands.run(rule.command("-D"));
        }
    }

    /** Turns an iptables-save "-A chain args" line into the matching delete command. */
    private static List<String> deleteCommand(String table, String line) {
        List<String> command = new ArrayList<>(List.of("iptables", "-w", "-t", table, "-D"));
        Matcher token = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(line.substring(3));
        while (token.find()) {
            command.add(token.group(1) != null ? token.group(1) : token.group(2));
        }
        return command;
    }
}
