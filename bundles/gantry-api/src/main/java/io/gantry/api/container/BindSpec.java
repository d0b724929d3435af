package io.gantry.api.container;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.volume.VolumeNames;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One entry of HostConfig.Binds or of {@code -v}, {@code src:dst[:opts]}: a source starting with "/" is a host path, any
 * other a named volume; a lone path is an anonymous volume. Options are comma-separated; ro and rw set the
 * access, nocopy keeps a new volume empty, the SELinux, propagation and consistency options are accepted and
 * have no effect here.
 */
public final class BindSpec {
    private static final String NO_COPY = "nocopy";
    private static final Set<String> IGNORED = Set.of("z", "Z", "consistent", "cached", "delegated",
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
        String options = parts.length == 3 ? parts[2] : "";
        boolean readOnly = parts.length == 3 && readOnly(spec, options);
        String source = parts[0];
        if (source.startsWith("/")) {
            if (List.of(options.split(",", -1)).contains(NO_COPY)) {
                throw new InvalidArgumentException("invalid mode: nocopy in volume specification '" + spec
                        + "': only a volume can be kept from being filled");
            }
            return Mount.bind(source, target(spec, parts[1]), readOnly);
        }
        VolumeNames.check(source);
        boolean noCopy = List.of(options.split(",", -1)).contains(NO_COPY);
        return Mount.volume(source, target(spec, parts[1]), readOnly,
                noCopy ? new VolumeOptions(true, null, Map.of(), Map.of()) : null);
    }

    /** The CLI form of a mount, as HostConfig.Binds shows it. */
    public static String format(Mount m) {
        String source = m.source() == null ? "" : m.source() + ":";
        List<String> options = new java.util.ArrayList<>();
        if (m.readOnly()) {
            options.add("ro");
        }
        if (m.volume() != null && m.volume().noCopy()) {
            options.add(NO_COPY);
        }
        return source + m.target() + (options.isEmpty() ? "" : ":" + String.join(",", options));
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
            } else if (!IGNORED.contains(option) && !option.equals(NO_COPY)) {
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
