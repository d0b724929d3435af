package io.gantry.image.internal.commit;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.config.GoDurations;
import io.gantry.api.container.health.HealthConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A HEALTHCHECK instruction: {@code NONE}, or {@code [--interval=d] [--timeout=d] [--start-period=d] [--retries=n]
 * CMD command} with the command in exec or shell form, in the Dockerfile's words for what is wrong.
 */
final class HealthcheckInstruction {
    private static final Set<String> FLAGS = Set.of("interval", "timeout", "start-period", "retries");

    private HealthcheckInstruction() {
    }

    static HealthConfig parse(String arguments) {
        Map<String, String> flags = new LinkedHashMap<>();
        String rest = arguments.strip();
        while (rest.startsWith("--")) {
            String[] split = rest.split("\\s+", 2);
            flag(split[0], flags);
            rest = split.length > 1 ? split[1].strip() : "";
        }
        String[] typeAndCommand = rest.split("\\s+", 2);
        String type = typeAndCommand[0].toUpperCase(Locale.ROOT);
        String command = typeAndCommand.length > 1 ? typeAndCommand[1].strip() : "";
        if (type.equals("NONE")) {
            if (!command.isEmpty() || !flags.isEmpty()) {
                throw new InvalidArgumentException("HEALTHCHECK NONE takes no arguments");
            }
            return HealthConfig.none();
        }
        if (!type.equals("CMD")) {
            throw new InvalidArgumentException("Unknown type \"" + type + "\" in HEALTHCHECK (try CMD)");
        }
        return new HealthConfig(test(command), duration("interval", flags.get("interval")),
                duration("timeout", flags.get("timeout")), duration("start-period", flags.get("start-period")),
                retries(flags.get("retries")));
    }

    private static void flag(String word, Map<String, String> flags) {
        int eq = word.indexOf('=');
        String name = word.substring(2, eq < 0 ? word.length() : eq);
        if (!FLAGS.contains(name)) {
            throw new InvalidArgumentException("Unknown flag: " + name);
        }
        if (eq < 0) {
            throw new InvalidArgumentException("Missing a value on flag: --" + name);
        }
        flags.put(name, word.substring(eq + 1));
    }

    private static List<String> test(String command) {
        if (command.isEmpty()) {
            throw new InvalidArgumentException("Missing command after HEALTHCHECK CMD");
        }
        List<String> exec = CommandForm.jsonArray(command);
        List<String> test = new ArrayList<>();
        test.add(exec != null ? "CMD" : "CMD-SHELL");
        test.addAll(exec != null ? exec : List.of(command));
        return test;
    }

    /** As moby words it, naming the flag. */
    private static Duration duration(String flag, String value) {
        if (value == null) {
            return null;
        }
        Duration duration = GoDurations.parse("--" + flag, value);
        if (duration.isZero()) {
            return null;
        }
        if (duration.compareTo(HealthConfig.MINIMUM_DURATION) < 0) {
            throw new InvalidArgumentException("Interval \"" + flag + "\" cannot be less than 1ms");
        }
        return duration;
    }

    private static Integer retries(String value) {
        if (value == null) {
            return null;
        }
        int retries;
        try {
            retries = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidArgumentException("strconv.ParseInt: parsing \"" + value + "\": invalid syntax");
        }
        if (retries < 0) {
            throw new InvalidArgumentException("--retries cannot be negative (" + retries + ")");
        }
        return retries;
    }
}
