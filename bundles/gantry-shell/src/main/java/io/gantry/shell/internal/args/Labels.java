package io.gantry.shell.internal.args;

import io.gantry.api.InvalidArgumentException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parses -l values: "key=value", or a bare "key" with an empty value; a later key wins. */
public final class Labels {
    private Labels() {
    }

    public static Map<String, String> parse(List<String> specs) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String spec : specs) {
            int eq = spec.indexOf('=');
            String key = eq < 0 ? spec : spec.substring(0, eq);
            if (key.isBlank()) {
                throw new InvalidArgumentException("invalid label '" + spec + "': the key is empty");
            }
            labels.put(key, eq < 0 ? "" : spec.substring(eq + 1));
        }
        return labels;
    }
}
