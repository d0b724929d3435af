package io.gantry.shell.internal.format;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Byte counts with decimal units as the docker CLI shows them: three significant digits in tables ("4.26MB", as
 * `docker images`), four in the space a prune reclaimed ("8.192kB").
 */
public final class HumanSize {
    private static final String[] UNITS = {"B", "kB", "MB", "GB", "TB", "PB", "EB"};

    private HumanSize() {
    }

    public static String of(long bytes) {
        return of(bytes, 3);
    }

    public static String of(long bytes, int significantDigits) {
        double value = bytes;
        int unit = 0;
        while (value >= 1000 && unit < UNITS.length - 1) {
            value /= 1000;
            unit++;
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(significantDigits)).stripTrailingZeros();
        return rounded.toPlainString() + UNITS[unit];
    }
}
