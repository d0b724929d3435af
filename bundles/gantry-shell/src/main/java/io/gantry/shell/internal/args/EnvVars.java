package io.gantry.shell.internal.args;

import io.gantry.api.InvalidArgumentException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Resolves -e values as Docker does: "K=V" is taken as it is; a bare "K" takes its value from the
 * console's environment and is left out when that has no such variable.
 */
public final class EnvVars {
    private EnvVars() {
    }

    public static List<String> resolve(List<String> specs, Function<String, String> environment) {
        List<String> resolved = new ArrayList<>();
        for (String spec : specs) {
            int eq = spec.indexOf('=');
            String name = eq < 0 ? spec : spec.substring(0, eq);
            if (name.isBlank()) {
                throw new InvalidArgumentException("invalid environment variable '" + spec + "': the name is empty");
            }
            if (eq >= 0) {
                resolved.add(spec);
            } else if (environment.apply(name) != null) {
                resolved.add(name + "=" + environment.apply(name));
            }
        }
        return resolved;
    }
}
