package io.gantry.shell.internal.args;

import io.gantry.api.InvalidArgumentException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses repeated --filter key=value values into key to values, in the order given, a key given twice with two
 * values; what the keys and values mean is the API's (such as {@link io.gantry.api.volume.VolumeFilter}).
 */
public final class FilterSpecs {
    private FilterSpecs() {
    }

    /** @throws InvalidArgumentException "invalid filter 'x': expected key=value" for a spec without a key */
    public static Map<String, List<String>> parse(List<String> specs) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String spec : specs) {
            int eq = spec.indexOf('=');
            if (eq <= 0) {
                throw new InvalidArgumentException("invalid filter '" + spec + "': expected key=value");
            }
            filters.computeIfAbsent(spec.substring(0, eq), k -> new ArrayList<>()).add(spec.substring(eq + 1));
        }
        return filters;
    }
}
