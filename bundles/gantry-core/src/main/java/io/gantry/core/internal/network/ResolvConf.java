package io.gantry.core.internal.network;

import io.gantry.api.GantryException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.DnsSettings;
import io.gantry.api.network.IpAddress;
import io.gantry.api.oci.Spec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The container's /etc/resolv.conf, as Docker makes it. The mount namespace provider writes it into the bundle
 * folder from the host's (without loopback name servers unless the network is the host's); here --dns,
 * --dns-search and --dns-option replace the name servers, search domains and options, and a container outside
 * the host's network that is left without a name server gets Google's, as Docker's fallback.
 */
public final class ResolvConf {
    public static final List<String> FALLBACK_SERVERS = List.of("8.8.8.8", "8.8.4.4");
    private static final String FILE = "resolv.conf";
    private static final String TARGET = "/etc/resolv.conf";

    private ResolvConf() {
    }

    public static void check(ContainerConfig config) {
        DnsSettings dns = config.dns();
        for (String server : dns.servers()) {
            if (!IpAddress.isIp(server)) {
                throw new InvalidArgumentException("invalid DNS server " + server + ": it is not an IP address");
            }
        }
        if (!dns.isEmpty() && config.networkMode().startsWith("container:")) {
            throw new InvalidArgumentException("conflicting options: dns and the network mode");
        }
    }

    public static void apply(Spec spec, Path bundleDir, ContainerConfig config) {
        Path file = bundleDir.toAbsolutePath().resolve(FILE);
        boolean boundByEngine = spec.mounts.stream()
                .anyMatch(m -> m.destination().equals(TARGET) && file.toString().equals(m.source()));
        boolean hostNetwork = "host".equals(config.networkMode());
        if (!boundByEngine || hostNetwork && config.dns().isEmpty()) {
            return;
        }
        try {
            Files.writeString(file, text(Files.readAllLines(file), config.dns(), !hostNetwork));
        } catch (IOException e) {
            throw new GantryException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The file with the settings' lines in place of the same lines of {@code lines}, in Docker's order. */
    public static String text(List<String> lines, DnsSettings dns, boolean fallback) {
        List<String> others = new ArrayList<>();
        List<String> servers = new ArrayList<>();
        List<String> search = new ArrayList<>();
        List<String> options = new ArrayList<>();
        for (String line : lines) {
            List<String> words = Arrays.asList(line.trim().split("\\s+"));
            switch (words.get(0)) {
                case "nameserver" -> servers.addAll(words.subList(1, Math.min(2, words.size())));
                case "search", "domain" -> search = new ArrayList<>(words.subList(1, words.size()));
                case "options" -> options.addAll(words.subList(1, words.size()));
                default -> others.add(line);
            }
        }
        servers = dns.servers().isEmpty() ? servers : dns.servers();
        search = dns.search().isEmpty() ? search : dns.search();
        options = dns.options().isEmpty() ? options : dns.options();
        if (servers.isEmpty() && fallback) {
            servers = FALLBACK_SERVERS;
        }
        StringBuilder text = new StringBuilder();
        others.stream().filter(line -> !line.isBlank()).forEach(line -> text.append(line).append('\n'));
        if (!search.isEmpty()) {
            text.append("search ").append(String.join(" ", search)).append('\n');
        }
        servers.forEach(server -> text.append("nameserver ").append(server).append('\n'));
        if (!options.isEmpty()) {
            text.append("options ").append(String.join(" ", options)).append('\n');
        }
        return text.toString();
    }
}
