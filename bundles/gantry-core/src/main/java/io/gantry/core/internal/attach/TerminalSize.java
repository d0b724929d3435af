package io.gantry.core.internal.attach;

import io.gantry.api.InvalidArgumentException;

/** Checks a terminal size as the kernel's winsize holds it (unsigned 16-bit). */
public final class TerminalSize {
    private static final int MAX = 0xFFFF;

    private TerminalSize() {
    }

    public static void check(int height, int width) {
        if (height < 0 || width < 0 || height > MAX || width > MAX) {
            throw new InvalidArgumentException("invalid terminal size " + height + "x" + width
                    + ": height and width must be between 0 and " + MAX);
        }
    }
}
