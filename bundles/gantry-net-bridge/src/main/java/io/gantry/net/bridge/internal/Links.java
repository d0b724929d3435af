package io.gantry.net.bridge.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gantry.api.GantryException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Bridges and veth pairs, made with iproute2; a namespace is entered through nsenter and its file's path. */
final class Links {
    private static final ObjectMapper JSON = BridgeJson.MAPPER;
    private final Commands commands;

    Links(Commands commands) {
        this.commands = commands;
    }

    /** Creates the bridge with the gateway address (or adopts it if a crash left it) and brings it up. */
    void createBridge(String bridge, String gateway, int prefixLength) {
        if (!exists(bridge)) {
            commands.run(List.of("ip", "link", "add", "name", bridge, "type", "bridge"));
        }
        commands.run(List.of("ip", "addr", "replace", gateway + "/" + prefixLength, "dev", bridge));
        writeSysctl("net/ipv4/conf/" + bridge + "/route_localnet", "1");
        commands.run(List.of("ip", "link", "set", bridge, "up"));
    }

    /** Creates a veth pair with one end on {@code bridge} and the other, configured, inside {@code netns}. */
    void createVeth(String hostVeth, String bridge, Path netns, String ifName, String mac, String cidr) {
        commands.run(List.of("ip", "link", "add", "name", hostVeth, "type", "veth", "peer", "name", ifName,
                "address", mac, "netns", netns.toString()));
        commands.run(List.of("ip", "link", "set", hostVeth, "master", bridge));
        commands.run(List.of("ip", "link", "set", hostVeth, "type", "bridge_slave", "hairpin", "on"));
        commands.run(List.of("ip", "link", "set", hostVeth, "up"));
        inside(netns, "ip", "addr", "add", cidr, "dev", ifName);
        inside(netns, "ip", "link", "set", "lo", "up");
        inside(netns, "ip", "link", "set", ifName, "up");
    }

    /** Adds a default route through {@code gateway} unless the namespace has one already. */
    void addDefaultRoute(Path netns, String gateway) {
        if (inside(netns, "ip", "-4", "route", "show", "default").isBlank()) {
            inside(netns, "ip", "route", "add", "default", "via", gateway);
        }
    }

    /** The first ethN name free in the namespace. */
    String freeInterfaceName(Path netns) {
        List<String> names = names(inside(netns, "ip", "-j", "link", "show"));
        int n = 0;
        while (names.contains("eth" + n)) {
            n++;
        }
        return "eth" + n;
    }

    /** Deletes a link (a veth's peer goes with it); a link already gone is fine. */
    void delete(String link) {
        if (exists(link)) {
            commands.run(List.of("ip", "link", "del", link));
        }
    }

    boolean exists(String link) {
        return commands.tryRun(List.of("ip", "link", "show", "dev", link)).exitCode() == 0;
    }

    /** The links enslaved to {@code bridge}. */
    List<String> ports(String bridge) {
        return names(commands.run(List.of("ip", "-j", "link", "show", "master", bridge)));
    }

    private String inside(Path netns, String... argv) {
        List<String> command = new ArrayList<>(List.of("nsenter", "--net=" + netns));
        command.addAll(List.of(argv));
        return commands.run(command);
    }

    static void writeSysctl(String key, String value) {
        Path file = Path.of("/proc/sys", key);
        try {
            Files.writeString(file, value);
        } catch (IOException e) {
            throw new GantryException("cannot set " + key.replace('/', '.') + "=" + value + ": " + e.getMessage(), e);
        }
    }

    private static List<String> names(String json) {
        List<String> names = new ArrayList<>();
        try {
            for (JsonNode link : JSON.readTree(json.isBlank() ? "[]" : json)) {
                names.add(link.path("ifname").asText());
            }
        } catch (IOException e) {
            throw new GantryException("cannot parse the output of ip link: " + e.getMessage(), e);
        }
        return names;
    }
}
