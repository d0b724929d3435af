package io.gantry.shell.internal.copy;

import io.gantry.api.InvalidArgumentException;

/**
 * One side of container:cp: {@code CONTAINER:PATH}, or a host path. As with docker cp, an absolute path or
 * one starting with "." is always a host path, so a host file name with a colon can be given as ./a:b.
 *
 * @param container null for a host path
 */
public record CopyEndpoint(String container, String path) {
    public static CopyEndpoint parse(String arg) {
        int colon = arg.indexOf(':');
        if (arg.startsWith("/") || arg.startsWith(".") || colon < 0) {
            return new CopyEndpoint(null, arg);
        }
        String container = arg.substring(0, colon);
        String path = arg.substring(colon + 1);
        if (container.isEmpty() || path.isEmpty()) {
            throw new InvalidArgumentException("invalid copy endpoint '" + arg + "': expected CONTAINER:PATH or a"
                    + " host path");
        }
        return new CopyEndpoint(container, path.startsWith("/") ? path : "/" + path);
    }

    public boolean inContainer() {
        return container != null;
    }

    /** The last path element, the name a copy takes by default. */
    public String baseName() {
        String trimmed = path.replaceAll("/+$", "");
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    /** The folder holding the path ("/" for a top-level path). */
    public String parent() {
        String trimmed = path.replaceAll("/+$", "");
        int slash = trimmed.lastIndexOf('/');
        return slash <= 0 ? (path.startsWith("/") ? "/" : ".") : trimmed.substring(0, slash);
    }
}
