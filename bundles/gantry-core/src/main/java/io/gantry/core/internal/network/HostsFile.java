package io.gantry.core.internal.network;

import io.gantry.api.GantryException;
import io.gantry.api.network.IpAddress;
import io.gantry.api.network.IpSubnet;
import io.gantry.api.network.NetworkAttachment;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rewrites a container's /etc/hosts (the file in its bundle directory that is bind-mounted into it). Peer entries
 * on the subnets (IPv4 and IPv6) of the container's networks are replaced; every other line stays: the loopback
 * ones, those of
 * other networks, and the --add-host lines, which are also kept in the file {@value #EXTRA_HOSTS} next to it so
 * that they stay whatever their address. The file is written in place, never replaced, so that the bind mount of a
 * running container sees the new content; it is overwritten first and cut to length after, never left empty for a
 * reader in the container, and not touched at all when its content stays the same.
 */
public final class HostsFile {
    public static final String EXTRA_HOSTS = "hosts.extra";

    private HostsFile() {
    }

    public static void rewrite(Path file, PeerHosts peers, List<NetworkAttachment> networks) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            List<String> extra = extraHosts(file);
            StringBuilder text = new StringBuilder();
            Files.readAllLines(file).stream()
                    .filter(line -> extra.contains(line) || !onAnySubnet(address(line), networks))
                    .forEach(line -> text.append(line).append('\n'));
            peers.lines().forEach(line -> text.append(line).append('\n'));
            overwrite(file, text.toString());
        } catch (IOException e) {
            throw new GantryException("cannot rewrite " + file + ": " + e.getMessage(), e);
        }
    }

    /** Records the --add-host lines and puts them after the loopback lines. */
    public static void addExtraHosts(Path file, List<String> lines) {
        try {
            Files.write(file.resolveSibling(EXTRA_HOSTS), lines);
            List<String> loopback = new ArrayList<>();
            List<String> others = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                (isLoopback(address(line)) ? loopback : others).add(line);
            }
            StringBuilder text = new StringBuilder();
            for (List<String> part : List.of(loopback, lines, others)) {
                part.forEach(line -> text.append(line).append('\n'));
            }
            overwrite(file, text.toString());
        } catch (IOException e) {
            throw new GantryException("cannot add the extra hosts to " + file + ": " + e.getMessage(), e);
        }
    }

    private static void overwrite(Path file, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (Arrays.equals(bytes, Files.readAllBytes(file))) {
            return;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer, buffer.position());
            }
            channel.truncate(bytes.length);
        }
    }

    private static List<String> extraHosts(Path file) throws IOException {
        Path extra = file.resolveSibling(EXTRA_HOSTS);
        return Files.isRegularFile(extra) ? Files.readAllLines(extra) : List.of();
    }

    private static String address(String line) {
        return line.trim().split("\\s+")[0];
    }

    private static boolean isLoopback(String address) {
        return address.startsWith("127.") || address.equals("::1");
    }

    private static boolean onAnySubnet(String text, List<NetworkAttachment> networks) {
        if (!IpAddress.isIp(text)) {
            return false;
        }
        IpAddress address = IpAddress.parse(text, "address");
        return networks.stream().anyMatch(n -> on(address, n.ipv4Address(), n.prefixLength())
                || on(address, n.ipv6Address(), n.ipv6PrefixLength()));
    }

    /** Whether {@code address} is on the subnet of {@code own}/{@code prefixLength}; false if either is null. */
    private static boolean on(IpAddress address, String own, Integer prefixLength) {
        if (own == null || prefixLength == null) {
            return false;
        }
        return IpSubnet.containing(IpAddress.parse(own, "address"), prefixLength).contains(address);
    }
}
