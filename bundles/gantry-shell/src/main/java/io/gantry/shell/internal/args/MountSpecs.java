package io.gantry.shell.internal.args;

import io.gantry.api.container.TmpfsSpec;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.BindSpec;
import io.gantry.api.container.Mount;
import java.util.Locale;

/**
 * Parses -v SRC:DST[:ro|rw], --mount type=bind,source=..,target=..[,readonly] and --tmpfs DST[:opts] as the
 * docker CLI does. A -v source that is not an absolute path names a volume.
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
        for (String field : spec.split(",")) {
            int eq = field.indexOf('=');
            String key = (eq < 0 ? field : field.substring(0, eq)).toLowerCase(Locale.ROOT);
            String value = eq < 0 ? null : field.substring(eq + 1);
            switch (key) {
                case "type" -> type = value;
                case "source", "src" -> source = value;
                case "target", "destination", "dst" -> target = value;
                case "readonly", "ro" -> readOnly = value == null || value.equals("1") || value.equals("true");
                default -> throw new InvalidArgumentException("invalid mount '" + spec + "': unexpected key '" + key
                        + "'");
            }
        }
        return new Mount(type(spec, type), source == null || source.isEmpty() ? null : source, target, readOnly);
    }

    /** DST or DST:OPTIONS, as {@link TmpfsSpecs} reads them. */
    public static Mount tmpfs(String spec) {
        int colon = spec.indexOf(':');
        return colon < 0 ? TmpfsSpec.parse(spec, "") : TmpfsSpec.parse(spec.substring(0, colon),
                spec.substring(colon + 1));
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
