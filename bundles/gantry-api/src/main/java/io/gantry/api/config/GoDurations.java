package io.gantry.api.config;

import io.gantry.api.InvalidArgumentException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as Go writes them, which the docker CLI's duration flags and the Dockerfile's HEALTHCHECK flags take:
 * "30s", "1m30s", "1.5h", "500ms", "-1s".
 */
public final class GoDurations {
    private static final String PART = "(\\d+\\.?\\d*|\\.\\d+)(ns|us|µs|μs|ms|s|m|h)";
    private static final Pattern WHOLE = Pattern.compile("[-+]?(" + PART + ")+|[-+]?0");
    private static final Pattern ONE_PART = Pattern.compile(PART);
    private static final Map<String, Long> NANOS_PER_UNIT = Map.of("ns", 1L, "us", 1_000L, "µs", 1_000L,
            "μs", 1_000L, "ms", 1_000_000L, "s", 1_000_000_000L, "m", 60_000_000_000L, "h", 3_600_000_000_000L);

    private GoDurations() {
    }

    public static boolean matches(String value) {
        return WHOLE.matcher(value).matches();
    }

    /** @throws InvalidArgumentException in the docker CLI's words when {@code value} is no duration */
    public static Duration parse(String option, String value) {
        if (!matches(value)) {
            throw new InvalidArgumentException("invalid argument \"" + value + "\" for \"" + option
                    + "\" flag: time: invalid duration \"" + value + "\"");
        }
        Matcher part = ONE_PART.matcher(value);
        BigDecimal nanos = BigDecimal.ZERO;
        while (part.find()) {
            BigDecimal perUnit = BigDecimal.valueOf(NANOS_PER_UNIT.get(part.group(2)));
            nanos = nanos.add(new BigDecimal(part.group(1)).multiply(perUnit));
        }
        Duration duration = Duration.ofNanos(nanos.longValue());
        return value.startsWith("-") ? duration.negated() : duration;
    }
}
