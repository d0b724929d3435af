package io.gantry.shell.internal.args;

import io.gantry.api.InvalidArgumentException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses Docker-style memory sizes: "1024", "512k", "6m", "1.5g", "2gb", "1GiB"; units are powers of 1024. */
public final class MemorySize {
    private static final Pattern SIZE =
            Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(?:([kmgtp])(?:i?b)?|b)?", Pattern.CASE_INSENSITIVE);
    private static final String UNITS = "kmgtp";

    private MemorySize() {
    }

    public static long parse(String value) {
        Matcher m = SIZE.matcher(value == null ? "" : value.trim());
        if (!m.matches()) {
            throw invalid(value);
        }
        BigDecimal bytes = new BigDecimal(m.group(1));
        if (m.group(2) != null) {
            int power = UNITS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1;
            bytes = bytes.multiply(BigDecimal.valueOf(1024).pow(power));
        }
        if (bytes.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw invalid(value);
        }
        return bytes.longValue();
    }

    /** Like {@link #parse}, but "-1" means unlimited swap. */
    public static long parseSwap(String value) {
        return "-1".equals(value == null ? null : value.trim()) ? -1 : parse(value);
    }

    private static InvalidArgumentException invalid(String value) {
        return new InvalidArgumentException("invalid memory size '" + value
                + "': expected a number with an optional unit b, k, m or g, e.g. 512m");
    }
}
