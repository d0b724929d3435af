package io.gantry.net.bridge.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds and removes the driver's chains and rules, with iptables for IPv4 and ip6tables for IPv6. Removal
 * tolerates rules already gone.
 */
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

    /** Creates the chains of a family and the jumps into them, unless they exist. */
    void install(boolean ipv6) {
        for (String[] chain : rules.chains(ipv6)) {
            if (commands.tryRun(List.of(Rule.tool(ipv6), "-w", "-t", chain[0], "-n", "-L", chain[1])).exitCode() != 0) {
                commands.run(List.of(Rule.tool(ipv6), "-w", "-t", chain[0], "-N", chain[1]));
            }
        }
        for (Rule hook : rules.hooks(ipv6)) {
            if (!present(hook)) {
                commands.run(hook.command(hook.chain().equals("FORWARD") ? "-I" : "-A"));
            }
        }
    }

    /** Removes the jumps and the chains of both families, with whatever rules are left in them. */
    void uninstall() {
        for (boolean ipv6 : List.of(false, true)) {
            rules.hooks(ipv6).forEach(this::deleteIfPresent);
            for (String[] chain : rules.chains(ipv6)) {
                commands.tryRun(List.of(Rule.tool(ipv6), "-w", "-t", chain[0], "-F", chain[1]));
            }
            for (String[] chain : rules.chains(ipv6)) {
                commands.tryRun(List.of(Rule.tool(ipv6), "-w", "-t", chain[0], "-X", chain[1]));
            }
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

    /** Deletes every tagged rule in the driver's chains, of both families, whose tag {@code keep} rejects. */
    void sweep(Predicate<String> keep) {
        for (boolean ipv6 : List.of(false, true)) {
            for (String table : List.of("nat", "filter")) {
                Commands.Result saved = commands.tryRun(List.of(Rule.tool(ipv6) + "-save", "-t", table));
                if (saved.exitCode() != 0) {
                    continue;
                }
                for (String line : saved.stdout().lines().toList()) {
                    Matcher tag = TAG.matcher(line);
                    String chain = line.startsWith("-A ") ? line.split(" ")[1] : "";
                    if (chain.startsWith(rules.prefix() + "-") && tag.find() && !keep.test(tag.group(1))) {
                        commands.tryRun(deleteCommand(ipv6, table, line));
                    }
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
    private static List<String> deleteCommand(boolean ipv6, String table, String line) {
        List<String> command = new ArrayList<>(List.of(Rule.tool(ipv6), "-w", "-t", table, "-D"));
        Matcher token = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(line.substring(3));
        while (token.find()) {
            command.add(token.group(1) != null ? token.group(1) : token.group(2));
        }
        return command;
    }
}
