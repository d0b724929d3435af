package io.gantry.ns.uts.internal;

import io.gantry.api.InvalidArgumentException;
import java.util.regex.Pattern;

/** The hostname a container with a private uts namespace gets, checked against RFC 1123 and HOST_NAME_MAX. */
final class Hostnames {
    private static final int HOST_NAME_MAX = 64;
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final int SHORT_ID_LENGTH = 12;

    private Hostnames() {
    }

    /** The requested hostname, or the first 12 characters of the container id as Docker does. */
    static String of(String requested, String containerId) {
        if (requested == null) {
            return containerId.substring(0, Math.min(SHORT_ID_LENGTH, containerId.length()));
        }
        if (!isValid(requested)) {
            throw new InvalidArgumentException("invalid hostname '" + requested
                    + "': use dot-separated labels of letters, digits and '-', at most " + HOST_NAME_MAX
                    + " characters");
        }
        return requested;
    }

    private static boolean isValid(String hostname) {
        if (hostname.isEmpty() || hostname.length() > HOST_NAME_MAX) {
            return false;
        }
        for (String label : hostname.split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }
}
