package io.gantry.api.container;

import io.gantry.api.InvalidArgumentException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tmpfs mount from its options, as HostConfig.Tmpfs and --tmpfs give them ("size=64m,mode=1777,ro"), and back. Of the flags dockerd
 * takes, ro/rw set the mount's access and the others (nosuid, nodev, noexec ...) are the engine's defaults or
 * have no effect on a tmpfs the engine already mounts nosuid and nodev.
 */
public final class TmpfsSpec {
    private static final Set<String> FLAGS = Set.of("ro", "rw", "nosuid", "nodev", "noexec", "exec", "suid", "dev");
    private static final Pattern SIZE = Pattern.compile("(\\d+)([kmgt]?)(i?b)?", Pattern.CASE_INSENSITIVE);

    private TmpfsSpec() {
    }

    public static Mount parse(String target, String options) {
        boolean readOnly = false;
        Long size = null;
        Integer mode = null;
        for (String option : options.split(",")) {
            String name = option.split("=", 2)[0].trim();
            String value = option.contains("=") ? option.substring(option.indexOf('=') + 1).trim() : null;
            if (name.isEmpty()) {
                continue;
            } else if (name.equals("size") && value != null) {
                size = size(target, value);
            } else if (name.equals("mode") && value != null) {
                mode = mode(target, value);
            } else if (FLAGS.contains(name) && value == null) {
                readOnly = name.equals("ro") || (readOnly && !name.equals("rw"));
            } else {
                throw new InvalidArgumentException("unsupported tmpfs option '" + option.trim() + "' for " + target
                        + ": only size, mode, ro, rw, nosuid, nodev, noexec, exec, suid and dev");
            }
        }
        return new Mount(Mount.Type.TMPFS, null, target, readOnly, size, mode);
    }

    /** The options as HostConfig.Tmpfs shows them; the size in bytes. */
    public static String format(Mount mount) {
        StringBuilder options = new StringBuilder(mount.readOnly() ? "ro" : "");
        if (mount.tmpfsSizeBytes() != null) {
            options.append(options.isEmpty() ? "" : ",").append("size=").append(mount.tmpfsSizeBytes());
        }
        if (mount.tmpfsMode() != null) {
            options.append(options.isEmpty() ? "" : ",").append("mode=").append(Integer.toOctalString(mount.tmpfsMode()));
        }
        return options.toString();
    }

    private static long size(String target, String value) {
        Matcher m = SIZE.matcher(value);
        if (!m.matches()) {
            throw new InvalidArgumentException("invalid tmpfs size '" + value + "' for " + target
                    + ": a number with an optional unit k, m, g or t");
        }
        int shift = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            case "t" -> 40;
            default -> 0;
        };
        try {
            return Math.multiplyExact(Long.parseLong(m.group(1)), 1L << shift);
        } catch (ArithmeticException | NumberFormatException e) {
            throw new InvalidArgumentException("invalid tmpfs size '" + value + "' for " + target + ": too large");
        }
    }

    private static int mode(String target, String value) {
        try {
            return Integer.parseInt(value, 8);
        } catch (NumberFormatException e) {
            throw new InvalidArgumentException("invalid tmpfs mode '" + value + "' for " + target
                    + ": an octal number such as 1777");
        }
    }
}
