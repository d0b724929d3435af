package io.gantry.shell.internal.args;

import java.util.List;
import java.util.Map;

/** Parses -l/--label values: "key=value", or a bare "key" with an empty value; a later key wins. */
public final class Labels {
    private Labels() {
    }

    public static Map<String, String> parse(List<String> specs) {
        return KeyValues.parse("label", specs);
    }
}
