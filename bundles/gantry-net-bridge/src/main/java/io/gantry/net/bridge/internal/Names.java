package io.gantry.net.bridge.internal;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.network.IpAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Network names and ids, the kernel interface names derived from them (at most 15 characters) and MAC addresses.
 * A network may be named anything but blank, as Docker's may: its bridge is named after its id.
 */
final class Names {
    private static final int IFNAMSIZ = 15;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Names() {
    }

    static void checkNetworkName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidArgumentException("invalid name: name is empty");
        }
    }

    /** A locally administered MAC derived from the IPv4 address, as Docker does: 02:42 then the four octets. */
    static String macFor(IpAddress address) {
        int[] o = address.octets();
        return String.format("02:42:%02x:%02x:%02x:%02x", o[0], o[1], o[2], o[3]);
    }

    static String newNetworkId() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static String bridgeFor(String prefix, String networkId) {
        return prefix + networkId.substring(0, IFNAMSIZ - prefix.length());
    }

    /** The host end of a container's veth on a network: "gtv" and a hash of both ids. */
    static String hostVeth(String containerId, String networkId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((containerId + "/" + networkId).getBytes(StandardCharsets.UTF_8));
            return "gtv" + HexFormat.of().formatHex(digest).substring(0, IFNAMSIZ - 3);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
