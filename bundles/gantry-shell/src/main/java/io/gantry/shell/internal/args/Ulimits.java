package io.gantry.shell.internal.args;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.Ulimit;
import java.util.List;

/** Parses --ulimit values, {@code name=soft[:hard]} such as {@code nofile=1024:2048}; hard defaults to soft. */
public final class Ulimits {
    private Ulimits() {
    }

    public static List<Ulimit> parse(List<String> specs) {
        return specs.stream().map(Ulimits::parse).toList();
    }

    public static Ulimit parse(String spec) {
        int eq = spec.indexOf('=');
        if (eq <= 0) {
            throw invalid(spec);
        }
        String[] limits = spec.substring(eq + 1).split(":", -1);
        if (limits.length > 2) {
            throw invalid(spec);
        }
        long soft = number(limits[0], spec);
        long hard = limits.length == 2 ? number(limits[1], spec) : soft;
        if (soft > hard) {
            throw new InvalidArgumentException("invalid ulimit '" + spec + "': soft limit " + soft
                    + " is above hard limit " + hard);
        }
        return new Ulimit(spec.substring(0, eq), soft, hard);
    }

    private static long number(String text, String spec) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw invalid(spec);
        }
    }

    private static InvalidArgumentException invalid(String spec) {
        return new InvalidArgumentException("invalid ulimit '" + spec
                + "': expected name=soft[:hard], e.g. nofile=1024:2048");
    }
}
