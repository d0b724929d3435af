package io.gantry.shell.internal.args;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.ThrottleDevice;
import io.gantry.api.container.WeightDevice;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Parses the per-device block IO options as the docker CLI does: {@code /dev/sda:200} for --blkio-weight-device
 * (10..1000), {@code /dev/sda:1mb} for the bps limits (a size) and {@code /dev/sda:100} for the iops limits.
 */
public final class DeviceRates {
    private DeviceRates() {
    }

    public static List<WeightDevice> weights(List<String> specs) {
        return specs.isEmpty() ? null : specs.stream().map(spec -> {
            long weight = rate("--blkio-weight-device", spec, DeviceRates::number);
            if (weight < 10 || weight > 1000) {
                throw new InvalidArgumentException("invalid --blkio-weight-device '" + spec
                        + "': the weight must be between 10 and 1000");
            }
            return new WeightDevice(path("--blkio-weight-device", spec), weight);
        }).toList();
    }

    public static List<ThrottleDevice> bytesPerSecond(String flag, List<String> specs) {
        return throttles(flag, specs, MemorySize::parse);
    }

    public static List<ThrottleDevice> iops(String flag, List<String> specs) {
        return throttles(flag, specs, DeviceRates::number);
    }

    private static List<ThrottleDevice> throttles(String flag, List<String> specs, ToLongFunction<String> parse) {
        return specs.isEmpty() ? null : specs.stream()
                .map(spec -> new ThrottleDevice(path(flag, spec), rate(flag, spec, parse))).toList();
    }

    private static String path(String flag, String spec) {
        String path = spec.substring(0, colon(flag, spec));
        if (!path.startsWith("/")) {
            throw new InvalidArgumentException("invalid " + flag + " '" + spec + "': " + path
                    + " is not an absolute device path");
        }
        return path;
    }

    private static long rate(String flag, String spec, ToLongFunction<String> parse) {
        String rate = spec.substring(colon(flag, spec) + 1);
        try {
            return parse.applyAsLong(rate);
        } catch (InvalidArgumentException | NumberFormatException e) {
            throw new InvalidArgumentException("invalid " + flag + " '" + spec + "': bad rate '" + rate + "'");
        }
    }

    private static int colon(String flag, String spec) {
        int colon = spec.lastIndexOf(':');
        if (colon < 1 || colon == spec.length() - 1) {
            throw new InvalidArgumentException("invalid " + flag + " '" + spec + "': expected DEVICE:RATE, e.g. "
                    + "/dev/sda:100");
        }
        return colon;
    }

    private static long number(String text) {
        long value = Long.parseLong(text.trim());
        if (value < 0) {
            throw new NumberFormatException(text);
        }
        return value;
    }
}
