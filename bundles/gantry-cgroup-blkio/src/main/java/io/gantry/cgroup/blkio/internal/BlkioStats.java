package io.gantry.cgroup.blkio.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads the figures {@link BlkioController} documents from v1 blkio.* and v2 io.* files; bad lines are skipped. */
final class BlkioStats {
    static final String SERVICE_BYTES = "io_service_bytes_recursive";
    static final String SERVICED = "io_serviced_recursive";
    private static final Map<String, String> IO_STAT_KEYS = Map.of("rbytes", SERVICE_BYTES + ":%s:read",
            "wbytes", SERVICE_BYTES + ":%s:write", "dbytes", SERVICE_BYTES + ":%s:discard",
            "rios", SERVICED + ":%s:read", "wios", SERVICED + ":%s:write", "dios", SERVICED + ":%s:discard");

    private BlkioStats() {
    }

    static void readV1(Path dir, Map<String, Long> out) {
        readWeights(dir.resolve(Files.exists(dir.resolve("blkio.weight")) ? "blkio.weight" : "blkio.bfq.weight"), out);
        for (String line : lines(dir.resolve("blkio.weight_device"))) {
            deviceValue(line, "weight", out);
        }
        for (Throttle throttle : Throttle.values()) {
            for (String line : lines(dir.resolve(throttle.v1File))) {
                deviceValue(line, throttle.statsKey, out);
            }
        }
        readOperations(dir.resolve("blkio.throttle.io_service_bytes_recursive"), SERVICE_BYTES, out);
        readOperations(dir.resolve("blkio.throttle.io_serviced_recursive"), SERVICED, out);
    }

    static void readV2(Path dir, Map<String, Long> out) {
        readWeights(dir.resolve(Files.exists(dir.resolve("io.bfq.weight")) ? "io.bfq.weight" : "io.weight"), out);
        for (String line : lines(dir.resolve("io.max"))) {
            String[] fields = line.trim().split("\\s+");
            for (int i = 1; i < fields.length && isDevice(fields[0]); i++) {
                String[] limit = fields[i].split("=", 2);
                Throttle.ofIoMaxKey(limit[0]).filter(t -> limit.length == 2).ifPresent(throttle ->
                        number(limit[1]).ifPresent(v -> out.put(throttle.statsKey + ":" + fields[0], v)));
            }
        }
        for (String line : lines(dir.resolve("io.stat"))) {
            String[] fields = line.trim().split("\\s+");
            for (int i = 1; i < fields.length && isDevice(fields[0]); i++) {
                String[] counter = fields[i].split("=", 2);
                String key = IO_STAT_KEYS.get(counter[0]);
                if (key != null && counter.length == 2) {
                    number(counter[1]).ifPresent(v -> out.put(String.format(key, fields[0]), v));
                }
            }
        }
    }

    /** A single number (blkio.weight), or "default N" and "8:0 N" lines (io.weight, the bfq files). */
    private static void readWeights(Path file, Map<String, Long> out) {
        for (String line : lines(file)) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length == 1 || fields.length == 2 && fields[0].equals("default")) {
                number(fields[fields.length - 1]).ifPresent(v -> out.put("weight", v));
            } else {
                deviceValue(line, "weight", out);
            }
        }
    }

    /** "8:0 Read 4096" lines; the closing "Total 4096" line has no device and is skipped. */
    private static void readOperations(Path file, String prefix, Map<String, Long> out) {
        for (String line : lines(file)) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length == 3 && isDevice(fields[0])) {
                number(fields[2]).ifPresent(v -> out.put(prefix + ":" + fields[0] + ":"
                        + fields[1].toLowerCase(Locale.ROOT), v));
            }
        }
    }

    private static void deviceValue(String line, String prefix, Map<String, Long> out) {
        String[] fields = line.trim().split("\\s+");
        if (fields.length == 2 && isDevice(fields[0])) {
            number(fields[1]).ifPresent(v -> out.put(prefix + ":" + fields[0], v));
        }
    }

    private static boolean isDevice(String field) {
        return field.matches("\\d+:\\d+");
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            return List.of();
        }
    }
}
