package io.gantry.daemon.internal.stream;

import io.gantry.api.InvalidArgumentException;

/**
 * Docker's detach key sequence: comma-separated keys, each one ASCII character, DEL, or ctrl-X with X one
 * of a-z, @, [, \, ], ^ and _. The default is ctrl-p,ctrl-q.
 */
public final class DetachKeys {
    private static final String CTRL = "ctrl-";
    /** The control codes of ctrl-@ and ctrl-[ to ctrl-_, in order. */
    private static final String CTRL_SYMBOLS = "@[\\]^_";
    private static final byte[] DEFAULT = {16, 17};
    private static final byte DEL = 127;

    private DetachKeys() {
    }

    /** Null or empty means the default sequence. */
    public static void check(String keys) {
        parse(keys);
    }

    /** The bytes a client types to detach; null or empty gives the default, ctrl-p ctrl-q. */
    public static byte[] parse(String keys) {
        if (keys == null || keys.isEmpty()) {
            return DEFAULT.clone();
        }
        String[] names = keys.split(",", -1);
        byte[] codes = new byte[names.length];
        for (int i = 0; i < names.length; i++) {
            int code = code(names[i]);
            if (code < 0) {
                throw new InvalidArgumentException("invalid detach keys '" + keys + "': '" + names[i]
                        + "' is not one ASCII character, DEL or ctrl-<a-z, @, [, \\, ], ^ or _>");
            }
            codes[i] = (byte) code;
        }
        return codes;
    }

    /** The byte of one key, or -1. */
    private static int code(String key) {
        if (key.length() == 1) {
            return key.charAt(0) < 128 ? key.charAt(0) : -1;
        }
        if (key.equals("DEL")) {
            return DEL;
        }
        if (key.length() != CTRL.length() + 1 || !key.startsWith(CTRL)) {
            return -1;
        }
        char c = key.charAt(CTRL.length());
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 1;
        }
        int symbol = CTRL_SYMBOLS.indexOf(c);
        return symbol < 0 ? -1 : symbol == 0 ? 0 : 26 + symbol;
    }
}
