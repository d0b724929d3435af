package io.gantry.api.container;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.gantry.api.InvalidArgumentException;

/**
 * A file system mounted into the container, as given with {@code -v}, {@code --mount} or HostConfig.Binds.
 *
 * @param source a host path (BIND), a volume name (VOLUME), or null (TMPFS, or an anonymous volume)
 * @param target the absolute path inside the container
 * @param tmpfsSizeBytes for TMPFS: its size limit, null for the kernel's default (half the memory)
 * @param tmpfsMode for TMPFS: the permission bits of its root, null for 01777
 * @param volume for VOLUME: how the volume is made and filled, null for the defaults
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Mount(Type type, String source, String target, boolean readOnly, Long tmpfsSizeBytes,
        Integer tmpfsMode, VolumeOptions volume) {
    public enum Type { BIND, VOLUME, TMPFS }

    /** A mount with the tmpfs defaults. */
    public Mount(Type type, String source, String target, boolean readOnly) {
        this(type, source, target, readOnly, null, null, null);
    }

    /** A mount with the volume defaults. */
    public Mount(Type type, String source, String target, boolean readOnly, Long tmpfsSizeBytes, Integer tmpfsMode) {
        this(type, source, target, readOnly, tmpfsSizeBytes, tmpfsMode, null);
    }

    public Mount {
        if (type == null) {
            throw new InvalidArgumentException("mount type must be bind, volume or tmpfs");
        }
        if (target == null || !target.startsWith("/")) {
            throw new InvalidArgumentException("invalid mount target " + (target == null ? "(none)" : "'" + target + "'")
                    + ": it must be an absolute path in the container");
        }
        if (type != Type.TMPFS && (tmpfsSizeBytes != null || tmpfsMode != null)) {
            throw new InvalidArgumentException("tmpfs options given for the " + type.name().toLowerCase(java.util.Locale.ROOT)
                    + " mount at " + target + ": only a tmpfs mount takes a size or mode");
        }
        if (tmpfsSizeBytes != null && tmpfsSizeBytes <= 0) {
            throw new InvalidArgumentException("invalid tmpfs size " + tmpfsSizeBytes + " for " + target
                    + ": it must be positive");
        }
        if (tmpfsMode != null && (tmpfsMode < 0 || tmpfsMode > 07777)) {
            throw new InvalidArgumentException("invalid tmpfs mode " + Integer.toOctalString(tmpfsMode) + " for "
                    + target + ": it must be between 0 and 7777 (octal)");
        }
        if (type != Type.VOLUME && volume != null) {
            throw new InvalidArgumentException("volume options given for the " + type.name().toLowerCase(java.util.Locale.ROOT)
                    + " mount at " + target + ": only a volume mount takes them");
        }
        if (type == Type.BIND && (source == null || !source.startsWith("/"))) {
            throw new InvalidArgumentException("invalid bind mount source " + (source == null ? "(none)" : "'" + source
                    + "'") + " for " + target + ": it must be an absolute host path");
        }
    }

    public static Mount bind(String source, String target, boolean readOnly) {
        return new Mount(Type.BIND, source, target, readOnly);
    }

    /** A volume mount; {@code name} null for an anonymous volume. */
    public static Mount volume(String name, String target, boolean readOnly, VolumeOptions options) {
        return new Mount(Type.VOLUME, name, target, readOnly, null, null, options);
    }

    /** The volume options, the defaults when none were given. */
    public VolumeOptions volumeOptions() {
        return volume != null ? volume : VolumeOptions.DEFAULT;
    }

    /** The same mount with another source, e.g. the generated name of an anonymous volume. */
    public Mount withSource(String newSource) {
        return new Mount(type, newSource, target, readOnly, tmpfsSizeBytes, tmpfsMode, volume);
    }
}
