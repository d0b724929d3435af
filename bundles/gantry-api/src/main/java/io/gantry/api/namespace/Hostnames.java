package io.gantry.api.namespace;

import io.gantry.api.InvalidArgumentException;
import java.util.regex.Pattern;

/** The hostname of a container with a private uts namespace, one rule for every provider that needs it. */
public final class Hostnames {
    private static final Pattern HOSTNAME = Pattern.compile(
            "(?=.{1,64}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");
    private static final int SHORT_ID_LENGTH = 12;

    private Hostnames() {
    }

    /** --hostname if given (checked against RFC 1123 and HOST_NAME_MAX), else the short container id. */
    public static String forPrivateUts(String requested, String containerId) {
        if (requested == null) {
            return containerId.substring(0, Math.min(SHORT_ID_LENGTH, containerId.length()));
        }
        if (!HOSTNAME.matcher(requested).matches()) {
            throw new InvalidArgumentException("invalid hostname '" + requested
                    + "': use dot-separated labels of letters, digits and '-', at most 64 characters");
        }
        return requested;
    }
}
