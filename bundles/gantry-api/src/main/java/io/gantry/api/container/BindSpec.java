package io.gantry.api.container;

import io.gantry.api.InvalidArgumentException;
import java.util.Set;

/**
 * One entry of HostConfig.Binds or of {@code -v}, {@code src:dst[:opts]}: a source starting with "/" is a host path, any
 * other a named volume; a lone path is an anonymous volume. Options are comma-separated; ro and rw set the
 * access, the SELinux, propagation, copy and consistency options are accepted and have no effect here.
 */
public final class BindSpec {
    private static final Set<String> IGNORED = Set.of("z", "Z", "nocopy", "consistent", "cached", "delegated",
            "private", "rprivate", "shared", "rshared", "slave", "rslave");

    private BindSpec() {
    }

    public static Mount parse(String spec) {
        String[] parts = spec.split(":", -1);
        if (parts.length == 1) {
            return new Mount(Mount.Type.VOLUME, null, target(spec, parts[0]), false);
        }
        if (parts.length > 3 || parts[0].isEmpty()) {
            throw invalid(spec);
        }
        boolean readOnly = parts.length == 3 && readOnly(spec, parts[2]);
        String source = parts[0];
        Mount.Type type = source.startsWith("/") ? Mount.Type.BIND : Mount.Type.VOLUME;
        return new Mount(type, source, target(spec, parts[1]), readOnly);
    }

    /** The CLI form of a mount, as HostConfig.Binds shows it. */
    public static String format(Mount m) {
        String source = m.source() == null ? "" : m.source() + ":";
        return source + m.target() + (m.readOnly() ? ":ro" : "");
    }

    private static String target(String spec, String target) {
        if (target.isEmpty()) {
            throw invalid(spec);
        }
        if (target.equals("/")) {
            throw new InvalidArgumentException("invalid volume specification: '" + spec + "': destination can't be '/'");
        }
        return target;
    }

    private static boolean readOnly(String spec, String options) {
        boolean readOnly = false;
        int access = 0;
        for (String option : options.split(",", -1)) {
            if (option.equals("ro") || option.equals("rw")) {
                readOnly = option.equals("ro");
                access++;
            } else if (!IGNORED.contains(option)) {
                throw new InvalidArgumentException("invalid mode: " + option + " in volume specification '" + spec + "'");
            }
        }
        if (access > 1) {
            throw new InvalidArgumentException("invalid mode: " + options + " in volume specification '" + spec + "'");
        }
        return readOnly;
    }

    private static InvalidArgumentException invalid(String spec) {
        return new InvalidArgumentException("invalid volume specification: '" + spec + "'");
    }
}
