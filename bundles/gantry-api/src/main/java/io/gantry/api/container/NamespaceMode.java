package io.gantry.api.container;

import io.gantry.api.InvalidArgumentException;

/**
 * How a container gets one namespace: a new private one, the host's, or another container's.
 * The wire form is Docker's: {@code private} (or empty), {@code host}, {@code container:<name|id>}.
 */
public record NamespaceMode(Kind kind, String target) {
    public enum Kind { PRIVATE, HOST, CONTAINER }

    public static final NamespaceMode PRIVATE = new NamespaceMode(Kind.PRIVATE, null);
    public static final NamespaceMode HOST = new NamespaceMode(Kind.HOST, null);

    public static NamespaceMode container(String nameOrId) {
        return new NamespaceMode(Kind.CONTAINER, nameOrId);
    }

    /** Parses the wire form; {@code what} names the option in the error message ("--pid"). */
    public static NamespaceMode parse(String what, String value) {
        if (value == null || value.isEmpty() || value.equals("private") || value.equals("shareable")) {
            return PRIVATE;
        }
        if (value.equals("host")) {
            return HOST;
        }
        if (value.startsWith("container:") && value.length() > "container:".length()) {
            return container(value.substring("container:".length()));
        }
        throw new InvalidArgumentException("invalid " + what + " mode '" + value
                + "': expected private, host or container:<name|id>");
    }

    @Override
    public String toString() {
        return switch (kind) {
            case PRIVATE -> "private";
            case HOST -> "host";
            case CONTAINER -> "container:" + target;
        };
    }
}
