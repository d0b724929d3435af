package io.gantry.ns.mnt.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The text of the container's /etc/hosts and /etc/resolv.conf. */
final class EtcFiles {
    private EtcFiles() {
    }

    /**
     * Localhost entries, then the hostname (with its short form if it has a domain) on 127.0.1.1, then the
     * containers on the same networks. The engine rewrites the lines after the loopback ones as peers come and go.
     */
    static String hosts(String hostname, Map<String, String> peers) {
        String names = hostname.contains(".") ? hostname + " " + hostname.substring(0, hostname.indexOf('.'))
                : hostname;
        StringBuilder text = new StringBuilder("127.0.0.1\tlocalhost\n"
                + "::1\tlocalhost ip6-localhost ip6-loopback\n"
                + "127.0.1.1\t" + names + "\n");
        peers.forEach((name, address) -> text.append(address).append('\t').append(name).append('\n'));
        return text.toString();
    }

    /**
     * The host's resolv.conf without loopback nameservers, which a separate network namespace cannot reach.
     * The search and option lines stay even when no nameserver is left; the engine then adds its fallback
     * servers.
     */
    static String resolvConf(List<String> hostLines) {
        List<String> kept = new ArrayList<>();
        for (String line : hostLines) {
            String[] words = line.trim().split("\\s+");
            boolean nameserver = words.length >= 2 && words[0].equals("nameserver");
            if (!(nameserver && isLoopback(words[1]))) {
                kept.add(line);
            }
        }
        return kept.isEmpty() ? "" : String.join("\n", kept) + "\n";
    }

    private static boolean isLoopback(String address) {
        return address.startsWith("127.") || address.equals("::1");
    }
}
