package io.gantry.net.bridge.internal;

import io.gantry.api.InvalidArgumentException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Network names and ids, and the kernel interface names derived from them (at most 15 characters). */
final class Names {
    private static final Pattern NETWORK_NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]{0,127}");
    private static final int IFNAMSIZ = 15;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Names() {
    }

    static void checkNetworkName(String name) {
        if (name == null || !NETWORK_NAME.matcher(name).matches()) {
            throw new InvalidArgumentException("invalid network name " + name
                    + ": use letters, digits, '_', '.' and '-', starting with a letter or digit");
        }
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
