package io.gantry.daemon.internal.server;

import io.gantry.api.InvalidArgumentException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Strips the optional "/v1.NN" prefix of a path, refusing versions newer than the one served. */
final class ApiVersion {
    static final int MAJOR = 1;
    static final int MINOR = 41;
    private static final Pattern PREFIX = Pattern.compile("^/v(\\d+)\\.(\\d+)(/.*)?$");

    private ApiVersion() {
    }

    /** The minor version a path asks for, the one served when it names none. */
    static int minor(String path) {
        Matcher m = PREFIX.matcher(path);
        if (!m.matches()) {
            return MINOR;
        }
        try {
            return Integer.parseInt(m.group(2));
        } catch (NumberFormatException e) {
            return MINOR;
        }
    }

    static String unversioned(String path) {
        Matcher m = PREFIX.matcher(path);
        if (!m.matches()) {
            return path;
        }
        String version = m.group(1) + "." + m.group(2);
        int major;
        int minor;
        try {
            major = Integer.parseInt(m.group(1));
            minor = Integer.parseInt(m.group(2));
        } catch (NumberFormatException e) {
            throw new InvalidArgumentException("invalid API version " + version);
        }
        if (major > MAJOR || (major == MAJOR && minor > MINOR)) {
            throw new InvalidArgumentException("client version " + version
                    + " is too new. Maximum supported API version is " + MAJOR + "." + MINOR);
        }
        return m.group(3) == null ? "/" : m.group(3);
    }
}
