package io.gantry.shim.internal;

import io.gantry.api.InvalidArgumentException;
import java.util.regex.Pattern;

/** Container ids name files and folders of the shim and go on conmon's command line. */
final class ContainerIds {
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,127}");

    private ContainerIds() {
    }

    static boolean isValid(String id) {
        return id != null && VALID.matcher(id).matches() && !id.equals(ShimPaths.EXITS)
                && !id.equals(ShimPaths.SOCKETS);
    }

    static String check(String id) {
        if (!isValid(id)) {
            throw new InvalidArgumentException("invalid container id \"" + id + "\": use 1 to 128 letters, digits, "
                    + "'_', '.' or '-', starting with a letter or digit, other than \"exits\" and \"sockets\"");
        }
        return id;
    }

    /** Exec ids name a folder in the container's folder and go on conmon's command line too. */
    static String checkExec(String id) {
        if (id == null || !VALID.matcher(id).matches()) {
            throw new InvalidArgumentException("invalid exec id \"" + id + "\": use 1 to 128 letters, digits, "
                    + "'_', '.' or '-', starting with a letter or digit");
        }
        return id;
    }
}
