package io.gantry.daemon.internal.json;

import io.gantry.api.InvalidArgumentException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Docker's time forms: RFC 3339 with nanoseconds out, unix seconds (maybe fractional) or RFC 3339 in. */
public final class Times {
    public static final String ZERO = "0001-01-01T00:00:00Z";

    private Times() {
    }

    public static String rfc3339(Instant t) {
        return t == null ? ZERO : t.toString();
    }

    /** RFC 3339 to the second, as dockerd shows a volume's CreatedAt. */
    public static String rfc3339Seconds(Instant t) {
        return rfc3339(t == null ? null : t.truncatedTo(ChronoUnit.SECONDS));
    }

    /** Parses a since/until query value; null or empty gives null. */
    public static Instant parse(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            BigDecimal seconds = new BigDecimal(value);
            long whole = seconds.longValue();
            long nanos = seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).longValue();
            return Instant.ofEpochSecond(whole, nanos);
        } catch (NumberFormatException | ArithmeticException e) {
            try {
                return Instant.parse(value);
            } catch (RuntimeException notRfc3339) {
                throw new InvalidArgumentException("invalid " + name + " time '" + value
                        + "': expected unix seconds or RFC 3339");
            }
        }
    }
}
