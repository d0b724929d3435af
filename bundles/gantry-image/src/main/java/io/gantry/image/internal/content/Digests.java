package io.gantry.image.internal.content;

import io.gantry.api.InvalidArgumentException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** sha256 digests in the OCI form "sha256:<64 lowercase hex>". */
public final class Digests {
    public static final String SHA256_PREFIX = "sha256:";
    private static final Pattern SHA256 = Pattern.compile("sha256:[0-9a-f]{64}");

    private Digests() {
    }

    public static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }

    public static String format(MessageDigest sha256) {
        return SHA256_PREFIX + HexFormat.of().formatHex(sha256.digest());
    }

    public static String sha256(byte[] content) {
        MessageDigest sha256 = newSha256();
        sha256.update(content);
        return format(sha256);
    }

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    public static boolean isValid(String digest) {
        return digest != null && SHA256.matcher(digest).matches();
    }

    /** @throws InvalidArgumentException naming the digest unless it is "sha256:<64 lowercase hex>" */
    public static String requireValid(String digest) {
        if (!isValid(digest)) {
            throw new InvalidArgumentException("invalid digest " + digest + ": expected sha256:<64 hex digits>");
        }
        return digest;
    }

    /** Returns the hex part of a valid digest. */
    public static String hex(String digest) {
        return requireValid(digest).substring(SHA256_PREFIX.length());
    }

    /** OCI chain id of a layer from the chain id of the layers below it ({@code null} for the base layer). */
    public static String chainId(String parentChainId, String diffId) {
        return parentChainId == null ? diffId : sha256(parentChainId + " " + diffId);
    }
}
