package io.gantry.core.internal.spec;

import io.gantry.api.oci.Rlimit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** The container's rlimits, kept under the host's hard limits (a runtime cannot raise a hard limit). */
final class HostLimits {
    static final long DEFAULT_NOFILE = 1024;
    private static final String OPEN_FILES = "Max open files";

    private HostLimits() {
    }

    static Rlimit nofile() {
        String limits;
        try {
            limits = Files.readString(Path.of("/proc/self/limits"));
        } catch (IOException e) {
            limits = "";
        }
        return nofile(limits);
    }

    /** RLIMIT_NOFILE 1024/1024, lowered to the host's hard limit taken from /proc/self/limits text. */
    static Rlimit nofile(String procLimits) {
        long limit = Math.min(DEFAULT_NOFILE, hardLimit(procLimits, OPEN_FILES).orElse(DEFAULT_NOFILE));
        return new Rlimit("RLIMIT_NOFILE", limit, limit);
    }

    static OptionalLong hardLimit(String procLimits, String limitName) {
        for (String line : procLimits.split("\n")) {
            if (line.startsWith(limitName)) {
                String[] columns = line.substring(limitName.length()).trim().split("\\s+");
                if (columns.length >= 2) {
                    return columns[1].equals("unlimited") ? OptionalLong.of(Long.MAX_VALUE)
                            : OptionalLong.of(Long.parseLong(columns[1]));
                }
            }
        }
        return OptionalLong.empty();
    }
}
