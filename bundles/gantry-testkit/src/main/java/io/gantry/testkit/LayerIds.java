package io.gantry.testkit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Realistic layer ids ("sha256:" and 64 hex digits) for tests. */
public final class LayerIds {
    private LayerIds() {
    }

    /** The sha256 chain-id-like id of {@code name}; the same name gives the same id. */
    public static String of(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
