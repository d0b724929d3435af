package io.gantry.ns.mnt.internal;

import java.util.ArrayList;
import java.util.List;

/** The text of the container's /etc/hosts and /etc/resolv.conf. */
final class EtcFiles {
    private EtcFiles() {
    }

    /** Localhost entries, then the hostname (with its short form if it has a domain) on 127.0.1.1. */
    static String hosts(String hostname) {
        String names = hostname.contains(".") ? hostname + " " + hostname.substring(0, hostname.indexOf('.'))
                : hostname;
        return "127.0.0.1\tlocalhost\n"
                + "::1\tlocalhost ip6-localhost ip6-loopback\n"
                + "127.0.1.1\t" + names + "\n";
    }

    /**
     * The host's resolv.conf without loopback nameservers, which a separate network namespace cannot reach.
     * If no nameserver is left the file is empty, and the resolver then fails fast instead of trying
     * localhost.
     */
    static String resolvConf(List<String> hostLines) {
        List<String> kept = new ArrayList<>();
        boolean anyNameserver = false;
        for (String line : hostLines) {
            String[] words = line.trim().split("\\s+");
            boolean nameserver = words.length >= 2 && words[0].equals("nameserver");
            if (nameserver && isLoopback(words[1])) {
                continue;
            }
            anyNameserver |= nameserver;
            kept.add(line);
        }
        return anyNameserver ? String.join("\n", kept) + "\n" : "";
    }

    private static boolean isLoopback(String address) {
        return address.startsWith("127.") || address.equals("::1");
    }
}
