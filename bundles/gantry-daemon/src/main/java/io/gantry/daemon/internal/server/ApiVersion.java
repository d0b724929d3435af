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
