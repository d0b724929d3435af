package io.gantry.shell.internal.args;

import io.gantry.api.InvalidArgumentException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Parses the --tail and --since/--until values of container:logs. */
public final class LogArgs {
    private static final Pattern UNIX_TIME = Pattern.compile("\\d+(\\.\\d{1,9})?");
    private static final List<Function<String, Instant>> DATE_FORMATS = List.of(
            Instant::parse,
            v -> OffsetDateTime.parse(v).toInstant(),
            v -> LocalDateTime.parse(v).toInstant(ZoneOffset.UTC),
            v -> LocalDate.parse(v).atStartOfDay().toInstant(ZoneOffset.UTC));

    private LogArgs() {
    }

    /** "all" or null means every record; otherwise a count of at least 0. */
    public static Integer tail(String value) {
        if (value == null || value.equals("all")) {
            return null;
        }
        try {
            int lines = Integer.parseInt(value);
            if (lines >= 0) {
                return lines;
            }
        } catch (NumberFormatException e) {
            // reported below, with the other malformed values
        }
        throw new InvalidArgumentException("invalid --tail value '" + value + "': expected a count or 'all'");
    }

    /**
     * A point in time given as a duration before {@code now} ("10m", "1h30m"), a unix timestamp
     * ("1700000000.5") or an RFC 3339 date or time ("2024-05-01", "2024-05-01T10:00:00Z").
     */
    public static Instant time(String option, String value, Instant now) {
        if (!value.equals("0") && GoDurations.matches(value)) {
            return now.minus(GoDurations.parse(option, value));
        }
        if (UNIX_TIME.matcher(value).matches()) {
            BigDecimal seconds = new BigDecimal(value);
            return Instant.ofEpochSecond(seconds.longValue(), seconds.remainder(BigDecimal.ONE).movePointRight(9).longValue());
        }
        for (Function<String, Instant> format : DATE_FORMATS) {
            try {
                return format.apply(value);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        throw new InvalidArgumentException("invalid " + option + " value '" + value
                + "': expected a duration (10m, 1h30m), a unix timestamp or an RFC 3339 date");
    }
}
