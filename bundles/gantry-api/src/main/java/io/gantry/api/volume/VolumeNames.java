package io.gantry.api.volume;

import io.gantry.api.InvalidArgumentException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Volume names, the one rule every edge and driver shares: Docker's {@code [a-zA-Z0-9][a-zA-Z0-9_.-]+}, so that a
 * name is always one folder name and can never lead out of the folder that holds the volumes.
 */
public final class VolumeNames {
    private static final Pattern VALID = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]+");
    private static final SecureRandom RANDOM = new SecureRandom();

    private VolumeNames() {
    }

    public static boolean isValid(String name) {
        return name != null && name.length() <= 255 && VALID.matcher(name).matches();
    }

    /** @throws InvalidArgumentException naming the name and the rule */
    public static String check(String name) {
        if (!isValid(name)) {
            throw new InvalidArgumentException("\"" + name + "\" includes invalid characters for a local volume"
                    + " name, only \"[a-zA-Z0-9][a-zA-Z0-9_.-]\" are allowed. If you intended to pass a host directory,"
                    + " use absolute path");
        }
        return name;
    }

    /** A new name for an anonymous volume: 64 hex digits, as Docker's. */
    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
