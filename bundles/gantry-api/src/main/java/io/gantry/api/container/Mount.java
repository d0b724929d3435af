package io.gantry.api.container;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.gantry.api.InvalidArgumentException;

/**
 * A file system mounted into the container, as given with {@code -v}, {@code --mount} or HostConfig.Binds.
 *
 * @param source a host path (BIND), a volume name (VOLUME), or null (TMPFS, or an anonymous volume)
 * @param target the absolute path inside the container
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Mount(Type type, String source, String target, boolean readOnly) {
    public enum Type { BIND, VOLUME, TMPFS }

    public Mount {
        if (type == null) {
            throw new InvalidArgumentException("mount type must be bind, volume or tmpfs");
        }
        if (target == null || !target.startsWith("/")) {
            throw new InvalidArgumentException("invalid mount target " + (target == null ? "(none)" : "'" + target + "'")
                    + ": it must be an absolute path in the container");
        }
        if (type == Type.BIND && (source == null || !source.startsWith("/"))) {
            throw new InvalidArgumentException("invalid bind mount source " + (source == null ? "(none)" : "'" + source
                    + "'") + " for " + target + ": it must be an absolute host path");
        }
    }

    public static Mount bind(String source, String target, boolean readOnly) {
        return new Mount(Type.BIND, source, target, readOnly);
    }
}
