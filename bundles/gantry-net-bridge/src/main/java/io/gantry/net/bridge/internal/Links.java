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

    /**
     * Creates the bridge with the gateway addresses (or adopts it if a crash left it) and brings it up. IPv6
     * addresses skip duplicate address detection, as Docker's do, so that they work at once.
     *
     * @param gateway6 the IPv6 gateway in CIDR form, or null
     * @param mtu the bridge's MTU, 0 for the kernel's default
     */
    void createBridge(String bridge, String gateway, String gateway6, int mtu) {
        if (!exists(bridge)) {
            commands.run(List.of("ip", "link", "add", "name", bridge, "type", "bridge"));
        }
        if (mtu > 0) {
            commands.run(List.of("ip", "link", "set", bridge, "mtu", String.valueOf(mtu)));
        }
        commands.run(List.of("ip", "addr", "replace", gateway, "dev", bridge));
        writeSysctl("net/ipv4/conf/" + bridge + "/route_localnet", "1");
        if (gateway6 != null) {
            writeSysctl("net/ipv6/conf/" + bridge + "/disable_ipv6", "0");
            commands.run(List.of("ip", "-6", "addr", "replace", gateway6, "dev", bridge, "nodad"));
        }
        commands.run(List.of("ip", "link", "set", bridge, "up"));
    }

    /**
     * Creates a veth pair with one end on {@code bridge} and the other, configured, inside {@code netns}.
     *
     * @param cidr6 the container's IPv6 address in CIDR form, or null
     * @param mtu the MTU of both ends, 0 for the kernel's default
     */
    void createVeth(String hostVeth, String bridge, Path netns, String ifName, String mac, String cidr, String cidr6,
            int mtu) {
        List<String> add = new ArrayList<>(List.of("ip", "link", "add", "name", hostVeth));
        List<String> mtuArgs = mtu > 0 ? List.of("mtu", String.valueOf(mtu)) : List.of();
        add.addAll(mtuArgs);
        add.addAll(List.of("type", "veth", "peer", "name", ifName, "address", mac));
        add.addAll(mtuArgs);
        add.addAll(List.of("netns", netns.toString()));
        commands.run(add);
        commands.run(List.of("ip", "link", "set", hostVeth, "master", bridge));
        commands.run(List.of("ip", "link", "set", hostVeth, "type", "bridge_slave", "hairpin", "on"));
        commands.run(List.of("ip", "link", "set", hostVeth, "up"));
        inside(netns, "ip", "addr", "add", cidr, "dev", ifName);
        if (cidr6 != null) {
            inside(netns, "ip", "-6", "addr", "add", cidr6, "dev", ifName, "nodad");
        }
        inside(netns, "ip", "link", "set", "lo", "up");
        inside(netns, "ip", "link", "set", ifName, "up");
    }

    /** Adds a default route of the gateway's family through it, unless the namespace has one already. */
    void addDefaultRoute(Path netns, String gateway, boolean ipv6) {
        String family = ipv6 ? "-6" : "-4";
        if (inside(netns, "ip", family, "route", "show", "default").isBlank()) {
            inside(netns, "ip", family, "route", "add", "default", "via", gateway);
        }
    }

    /** The first free name in the namespace of {@code prefix} and a number: eth0, eth1 ... */
    String freeInterfaceName(Path netns, String prefix) {
        List<String> names = names(inside(netns, "ip", "-j", "link", "show"));
        int n = 0;
        while (names.contains(prefix + n)) {
            n++;
        }
        return prefix + n;
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
