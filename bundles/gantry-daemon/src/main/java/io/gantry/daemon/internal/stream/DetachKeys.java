package io.gantry.daemon.internal.stream;

import io.gantry.api.InvalidArgumentException;

/**
 * Docker's detach key sequence: comma-separated keys, each one ASCII character, DEL, or ctrl-X with X one
 * of a-z, @, [, \, ], ^ and _. Only the form is checked here.
 */
public final class DetachKeys {
    private static final String CTRL = "ctrl-";
    private static final String CTRL_SYMBOLS = "@[\\]^_";

    private DetachKeys() {
    }

    /** Null or empty means the default sequence. */
    public static void check(String keys) {
        if (keys == null || keys.isEmpty()) {
            return;
        }
        for (String key : keys.split(",", -1)) {
            if (!valid(key)) {
                throw new InvalidArgumentException("invalid detach keys '" + keys + "': '" + key
                        + "' is not one ASCII character, DEL or ctrl-<a-z, @, [, \\, ], ^ or _>");
            }
        }
    }

    private static boolean valid(String key) {
        if (key.length() == 1) {
            return key.charAt(0) < 128;
        }
        if (key.equals("DEL")) {
            return true;
        }
        if (key.length() != CTRL.length() + 1 || !key.startsWith(CTRL)) {
            return false;
        }
        char c = key.charAt(CTRL.length());
        return (c >= 'a' && c <= 'z') || CTRL_SYMBOLS.indexOf(c) >= 0;
    }
}
