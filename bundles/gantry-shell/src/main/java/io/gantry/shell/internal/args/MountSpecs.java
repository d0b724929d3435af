package io.gantry.shell.internal.args;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.BindSpec;
import io.gantry.api.container.Mount;
import io.gantry.api.container.TmpfsSpec;
import io.gantry.api.volume.VolumeNames;
import java.util.Locale;

/**
 * Parses -v SRC:DST[:ro|rw][,nocopy], --mount type=bind|volume|tmpfs,source=..,target=..[,readonly][,volume-*]
 * and --tmpfs DST[:opts] as the docker CLI does. A -v source that is not an absolute path names a volume.
 */
public final class MountSpecs {
    private MountSpecs() {
    }

    public static Mount volume(String spec) {
        return BindSpec.parse(spec);
    }

    public static Mount mount(String spec) {
        String type = null;
        String source = null;
        String target = null;
        boolean readOnly = false;
        VolumeKeys volume = new VolumeKeys();
        for (String field : CsvFields.split(spec)) {
            int eq = field.indexOf('=');
            String key = (eq < 0 ? field : field.substring(0, eq)).toLowerCase(Locale.ROOT);
            String value = eq < 0 ? null : field.substring(eq + 1);
            switch (key) {
                case "type" -> type = required(spec, key, value);
                case "source", "src" -> source = required(spec, key, value);
                case "target", "destination", "dst" -> target = required(spec, key, value);
                case "readonly", "ro" -> readOnly = flag(spec, key, value);
                default -> {
                    if (!volume.take(spec, key, value)) {
                        throw new InvalidArgumentException("invalid mount '" + spec + "': unexpected key '" + key + "'");
                    }
                }
            }
        }
        Mount.Type mountType = type(spec, type);
        String named = source == null || source.isEmpty() ? null : source;
        if (mountType == Mount.Type.VOLUME && named != null) {
            VolumeNames.check(named);
        }
        return new Mount(mountType, named, target, readOnly, null, null, volume.options());
    }

    /** DST or DST:OPTIONS, as {@link TmpfsSpec} reads them. */
    public static Mount tmpfs(String spec) {
        int colon = spec.indexOf(':');
        return colon < 0 ? TmpfsSpec.parse(spec, "") : TmpfsSpec.parse(spec.substring(0, colon),
                spec.substring(colon + 1));
    }

    /** A key that is on by its name alone, or key=true|1|false|0. */
    static boolean flag(String spec, String key, String value) {
        if (value == null) {
            return true;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw new InvalidArgumentException("invalid mount '" + spec + "': " + key
                    + " is true or false, not '" + value + "'");
        };
    }

    static String required(String spec, String key, String value) {
        if (value == null) {
            throw new InvalidArgumentException("invalid mount '" + spec + "': " + key + " needs a value, " + key
                    + "=...");
        }
        return value;
    }

    private static Mount.Type type(String spec, String type) {
        return switch (type == null ? "volume" : type) {
            case "bind" -> Mount.Type.BIND;
            case "volume" -> Mount.Type.VOLUME;
            case "tmpfs" -> Mount.Type.TMPFS;
            default -> throw new InvalidArgumentException("invalid mount '" + spec + "': type must be bind, volume"
                    + " or tmpfs, not '" + type + "'");
        };
    }
}
