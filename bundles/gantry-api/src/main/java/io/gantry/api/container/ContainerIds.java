package io.gantry.api.container;

import io.gantry.api.InvalidArgumentException;
import java.util.regex.Pattern;

/**
 * The ids that go on a runtime's or a shim's command line and name their files and folders: container ids and
 * exec ids alike are 1 to 128 letters, digits, '_', '.' or '-', starting with a letter or digit.
 */
public final class ContainerIds {
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,127}");
    private static final String RULE = "use 1 to 128 letters, digits, '_', '.' or '-', starting with a letter or digit";

    private ContainerIds() {
    }

    public static boolean isValid(String id) {
        return id != null && VALID.matcher(id).matches();
    }

    /** @throws InvalidArgumentException naming the id and the rule */
    public static String check(String id) {
        return check("container", id);
    }

    /** @throws InvalidArgumentException naming the exec id and the rule */
    public static String checkExec(String id) {
        return check("exec", id);
    }

    private static String check(String kind, String id) {
        if (!isValid(id)) {
            throw new InvalidArgumentException("invalid " + kind + " id \"" + id + "\": " + RULE);
        }
        return id;
    }
}
