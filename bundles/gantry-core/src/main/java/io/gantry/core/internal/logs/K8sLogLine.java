package io.gantry.core.internal.logs;

import io.gantry.api.container.monitor.LogEntry.Stream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * One line of conmon's k8s-file log: {@code <RFC3339Nano time> <stdout|stderr> <F|P> <text>}, where P
 * marks a partial piece (the process wrote no newline yet).
 */
record K8sLogLine(Instant time, Stream stream, boolean partial, String text) {

    /** Empty for a line that is not in the format. */
    static Optional<K8sLogLine> parse(String line) {
        String[] fields = line.split(" ", 4);
        if (fields.length < 3) {
            return Optional.empty();
        }
        Stream stream = switch (fields[1]) {
            case "stdout" -> Stream.STDOUT;
            case "stderr" -> Stream.STDERR;
            default -> null;
        };
        boolean partial = fields[2].equals("P");
        if (stream == null || !(partial || fields[2].equals("F"))) {
            return Optional.empty();
        }
        try {
            Instant time = OffsetDateTime.parse(fields[0]).toInstant();
            return Optional.of(new K8sLogLine(time, stream, partial, fields.length == 4 ? fields[3] : ""));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
