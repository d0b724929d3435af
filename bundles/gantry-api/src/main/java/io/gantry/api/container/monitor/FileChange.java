package io.gantry.api.container.monitor;

/** A path the container changed against its image, as {@code docker diff} lists it. */
public record FileChange(String path, Kind kind) {
    /** Docker's numbering on the wire: 0 modified, 1 added, 2 deleted. */
    public enum Kind { MODIFIED, ADDED, DELETED }
}
