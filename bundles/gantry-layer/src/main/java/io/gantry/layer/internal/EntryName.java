package io.gantry.layer.internal;

import io.gantry.api.InvalidArgumentException;
import java.util.ArrayList;
import java.util.List;

/** Splits a tar entry name into path components: "/a" is "a", "." and empty parts drop out, ".." is refused. */
public final class EntryName {
    private EntryName() {
    }

    /** The components of {@code name}; empty for the layer root. {@code entry} names the entry in errors. */
    public static List<String> components(String name, String entry) {
        List<String> parts = new ArrayList<>();
        for (String part : name.split("/")) {
            if (part.equals("..")) {
                throw new InvalidArgumentException("layer entry '" + entry + "' escapes the layer");
            }
            if (part.indexOf('\0') >= 0) {
                throw new InvalidArgumentException("layer entry '" + entry + "' has a NUL byte in its name");
            }
            if (!part.isEmpty() && !part.equals(".")) {
                parts.add(part);
            }
        }
        return parts;
    }
}
