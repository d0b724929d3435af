package io.gantry.core.internal.spec;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.Ulimit;
import io.gantry.api.oci.Rlimit;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** --ulimit as the process's rlimits; one given for RLIMIT_NOFILE replaces the engine's default. */
final class Ulimits {
    private static final Set<String> NAMES = Set.of("core", "cpu", "data", "fsize", "locks", "memlock", "msgqueue",
            "nice", "nofile", "nproc", "rss", "rtprio", "rttime", "sigpending", "stack", "as");

    private Ulimits() {
    }

    static void check(List<Ulimit> ulimits) {
        for (Ulimit ulimit : ulimits) {
            if (ulimit.name() == null || !NAMES.contains(ulimit.name())) {
                throw new InvalidArgumentException("invalid ulimit type: " + ulimit.name());
            }
            if (ulimit.soft() < 0 || ulimit.hard() < 0) {
                throw new InvalidArgumentException("invalid ulimit " + ulimit.name() + "=" + ulimit.soft() + ":"
                        + ulimit.hard() + ": limits cannot be negative");
            }
            if (ulimit.soft() > ulimit.hard()) {
                throw new InvalidArgumentException("ulimit soft limit must be less than or equal to hard limit: "
                        + ulimit.soft() + " > " + ulimit.hard());
            }
        }
    }

    static void apply(List<Rlimit> rlimits, List<Ulimit> ulimits) {
        for (Ulimit ulimit : ulimits) {
            String type = "RLIMIT_" + ulimit.name().toUpperCase(Locale.ROOT);
            rlimits.removeIf(rlimit -> rlimit.type().equals(type));
            rlimits.add(new Rlimit(type, ulimit.hard(), ulimit.soft()));
        }
    }
}
