package io.gantry.api.container.log;

import io.gantry.api.InvalidArgumentException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A size as Docker's log options write it: decimal units, {@code 10k} is 10000 bytes, {@code 1g} 10^9. */
final class ByteSize {
    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?) ?([kmgtp])?i?b?");
    private static final String UNITS = "kmgtp";

    private ByteSize() {
    }

    /** @throws InvalidArgumentException naming the option */
    static long parse(String option, String value) {
        Matcher m = SIZE.matcher(value.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new InvalidArgumentException("invalid " + option + " '" + value
                    + "': must be a size such as 10k, 10m or 1g");
        }
        double bytes = Double.parseDouble(m.group(1));
        if (m.group(2) != null) {
            bytes *= Math.pow(1000, UNITS.indexOf(m.group(2)) + 1);
        }
        return (long) bytes;
    }
}
