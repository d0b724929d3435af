package io.gantry.shell.internal.format;

import java.math.BigDecimal;
import java.math.MathContext;

/** Byte counts with three significant digits and decimal units, as `docker images` shows them: "4.26MB". */
public final class HumanSize {
    private static final String[] UNITS = {"B", "kB", "MB", "GB", "TB", "PB", "EB"};

    private HumanSize() {
    }

    public static String of(long bytes) {
        double value = bytes;
        int unit = 0;
        while (value >= 1000 && unit < UNITS.length - 1) {
            value /= 1000;
            unit++;
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros();
        return rounded.toPlainString() + UNITS[unit];
    }
}
