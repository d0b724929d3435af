package io.gantry.api.container;

import io.gantry.api.InvalidArgumentException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * --security-opt values and HostConfig.SecurityOpt. Of them the engine applies
 * no-new-privileges and systempaths=unconfined; it has no seccomp, AppArmor or SELinux profile yet, so asking to turn those off asks
 * for what already holds and is accepted. Every other option is refused rather than ignored.
 */
public final class SecurityOpts {
    private static final Set<String> ALREADY_OFF = Set.of("seccomp=unconfined", "apparmor=unconfined",
            "label=disable");
    private static final String SYSTEM_PATHS_UNCONFINED = "systempaths=unconfined";

    private SecurityOpts() {
    }

    /** @return whether the options ask for no-new-privileges */
    public static boolean noNewPrivileges(List<String> options) {
        boolean noNewPrivileges = false;
        for (String option : options == null ? List.<String>of() : options) {
            String normal = option.replaceFirst(":", "=");
            if (normal.equals("no-new-privileges")) {
                noNewPrivileges = true;
            } else if (normal.startsWith("no-new-privileges=")) {
                noNewPrivileges = flag(option, normal.substring(normal.indexOf('=') + 1));
            } else if (!ALREADY_OFF.contains(normal) && !normal.equals(SYSTEM_PATHS_UNCONFINED)) {
                throw new InvalidArgumentException("security option " + shortened(option) + " is not supported yet");
            }
        }
        return noNewPrivileges;
    }

    /** @return whether the options lift the masked and read-only paths, as the docker CLI turns into empty lists */
    public static boolean systemPathsUnconfined(List<String> options) {
        return options != null && options.stream().anyMatch(o -> o.replaceFirst(":", "=")
                .equals(SYSTEM_PATHS_UNCONFINED));
    }

    private static boolean flag(String option, String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidArgumentException("invalid security option " + option
                    + ": no-new-privileges takes true or false");
        };
    }

    /** A seccomp profile arrives inline as JSON; the error names its start only. */
    private static String shortened(String option) {
        return option.length() <= 60 ? option : option.substring(0, 57) + "...";
    }
}
