package io.gantry.shell.internal.args;

import io.gantry.api.InvalidArgumentException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parses repeated "key=value" values (labels, driver options), or a bare "key" with an empty value; a later key wins. */
public final class KeyValues {
    private KeyValues() {
    }

    /** @param kind what the values are, for the error: "label", "option" */
    public static Map<String, String> parse(String kind, List<String> specs) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String spec : specs) {
            int eq = spec.indexOf('=');
            String key = eq < 0 ? spec : spec.substring(0, eq);
            if (key.isBlank()) {
                throw new InvalidArgumentException("invalid " + kind + " '" + spec + "': the key is empty");
            }
            values.put(key, eq < 0 ? "" : spec.substring(eq + 1));
        }
        return values;
    }
}
