package io.gantry.api.cgroup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Reading and writing cgroup interface files, tolerant of missing files. */
public final class CgroupFiles {
    /** The value cgroup files use for "no limit" ("max" in v2, a huge number in v1) is read as -1. */
    public static final long UNLIMITED = -1;

    private CgroupFiles() {
    }

    /** A single number, with "max" as {@link #UNLIMITED}; empty if the file is missing or unreadable. */
    public static Optional<Long> readLong(Path file) {
        try {
            String text = Files.readString(file).trim();
            if (text.equals("max")) {
                return Optional.of(UNLIMITED);
            }
            long value = Long.parseLong(text.split("\\s+")[0]);
            return Optional.of(value >= Long.MAX_VALUE / 2 ? UNLIMITED : value);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** "key value" lines (memory.stat, memory.events, cpu.stat, memory.oom_control); empty if missing. */
    public static Map<String, Long> readKeyed(Path file) {
        Map<String, Long> values = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(file)) {
                String[] parts = line.trim().split("\\s+");
                if (parts.length == 2) {
                    try {
                        values.put(parts[0], Long.parseLong(parts[1]));
                    } catch (NumberFormatException ignored) {
                        // non-numeric entries are not figures
                    }
                }
            }
        } catch (IOException e) {
            return Map.of();
        }
        return values;
    }

    /** Writes a value into a live cgroup file. */
    public static void write(Path file, String value) {
        try {
            Files.writeString(file, value);
        } catch (IOException e) {
            throw new io.gantry.api.FailedPreconditionException(
                    "cannot write '" + value + "' to " + file + ": " + e.getMessage(), e);
        }
    }
}
