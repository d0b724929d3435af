package io.gantry.shell.internal.args;

import io.gantry.api.InvalidArgumentException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parses --sysctl values, {@code name=value}; a later name wins. */
public final class Sysctls {
    private Sysctls() {
    }

    public static Map<String, String> parse(List<String> specs) {
        Map<String, String> sysctls = new LinkedHashMap<>();
        for (String spec : specs) {
            int eq = spec.indexOf('=');
            if (eq <= 0) {
                throw new InvalidArgumentException("invalid sysctl '" + spec + "': expected name=value");
            }
            sysctls.put(spec.substring(0, eq), spec.substring(eq + 1));
        }
        return sysctls;
    }
}
