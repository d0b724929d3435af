package io.gantry.daemon.internal.stream;

import java.io.ByteArrayOutputStream;

/**
 * Watches a client's keystrokes for the detach keys, as Docker's escape proxy does on a terminal: bytes that may
 * begin the sequence are held back until the next ones tell; the whole sequence detaches and is never passed on.
 */
final class DetachFilter {
    private final byte[] keys;
    private int matched;
    private boolean detached;

    DetachFilter(byte[] keys) {
        this.keys = keys.clone();
    }

    /** The bytes of {@code typed} to pass on to the process; nothing once the sequence is complete. */
    byte[] pass(byte[] typed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(typed.length + matched);
        for (int i = 0; i < typed.length && !detached; i++) {
            byte b = typed[i];
            if (b != keys[matched] && matched > 0) {
                out.write(keys, 0, matched);
                matched = 0;
            }
            if (b == keys[matched]) {
                matched++;
                detached = matched == keys.length;
            } else {
                out.write(b);
            }
        }
        return out.toByteArray();
    }

    boolean detached() {
        return detached;
    }
}
