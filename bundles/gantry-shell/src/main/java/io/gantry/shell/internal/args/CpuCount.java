package io.gantry.shell.internal.args;

import io.gantry.api.InvalidArgumentException;
import java.math.BigDecimal;

/** Turns a decimal CPU count ("1.5") into billionths of a CPU, as --cpus does. */
public final class CpuCount {
    private CpuCount() {
    }

    public static long toNanoCpus(String value) {
        BigDecimal cpus;
        try {
            cpus = new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidArgumentException("invalid --cpus value '" + value + "': expected a decimal number, e.g. 1.5");
        }
        if (cpus.signum() < 0) {
            throw new InvalidArgumentException("invalid --cpus value '" + value + "': must not be negative");
        }
        try {
            return cpus.movePointRight(9).longValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidArgumentException("invalid --cpus value '" + value
                    + "': at most 9 decimal places and at most " + Long.MAX_VALUE / 1_000_000_000L + " CPUs");
        }
    }
}
