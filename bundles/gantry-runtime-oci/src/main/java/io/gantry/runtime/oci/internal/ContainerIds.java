package io.gantry.runtime.oci.internal;

import io.gantry.api.InvalidArgumentException;
import java.util.regex.Pattern;

/** Container ids go on the runtime's command line and name its state folder, so they are checked first. */
final class ContainerIds {
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,127}");

    private ContainerIds() {
    }

    static String check(String id) {
        if (id == null || !VALID.matcher(id).matches()) {
            throw new InvalidArgumentException("invalid container id \"" + id
                    + "\": use 1 to 128 letters, digits, '_', '.' or '-', starting with a letter or digit");
        }
        return id;
    }
}
