package io.gantry.volume.local.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sizes as Docker's {@code units.RAMInBytes} reads them: "64m", "1.5g", "512 KiB" or bytes; units of 1024. */
final class RamSize {
    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?) ?([kKmMgGtTpP])?[iI]?[bB]?");
    private static final String UNITS = "kmgtp";

    private RamSize() {
    }

    /** The bytes {@code text} stands for; empty if it is no size or more than a long holds. */
    static OptionalLong bytes(String text) {
        Matcher size = SIZE.matcher(text);
        if (!size.matches()) {
            return OptionalLong.empty();
        }
        int power = size.group(2) == null ? 0 : UNITS.indexOf(Character.toLowerCase(size.group(2).charAt(0))) + 1;
        BigDecimal bytes = new BigDecimal(size.group(1)).multiply(BigDecimal.valueOf(1024).pow(power));
        try {
            return OptionalLong.of(bytes.setScale(0, RoundingMode.DOWN).longValueExact());
        } catch (ArithmeticException e) {
            return OptionalLong.empty();
        }
    }
}
