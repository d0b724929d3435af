package io.gantry.core.internal.logs;

import io.gantry.api.container.monitor.LogEntry.Stream;
import io.gantry.api.container.monitor.LogEntry;
import io.gantry.api.container.monitor.LogOptions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Joins the partial pieces of each stream into whole records, stamped with the time of their first
 * piece, and keeps only the streams and the time range asked for.
 */
final class LogAssembler {
    private record Pending(Instant time, StringBuilder text) {
    }

    private final LogOptions options;
    private final Map<Stream, Pending> pending = new EnumMap<>(Stream.class);

    LogAssembler(LogOptions options) {
        this.options = options;
    }

    /** The record this line completes, if it completes one that is wanted. */
    Optional<LogEntry> accept(K8sLogLine line) {
        if (!wantsStream(line.stream())) {
            return Optional.empty();
        }
        if (line.partial()) {
            pending.computeIfAbsent(line.stream(), s -> new Pending(line.time(), new StringBuilder()))
                    .text().append(line.text());
            return Optional.empty();
        }
        Pending start = pending.remove(line.stream());
        LogEntry entry = start == null ? new LogEntry(line.stream(), line.time(), line.text(), false)
                : new LogEntry(line.stream(), start.time(), start.text() + line.text(), false);
        return inRange(entry) ? Optional.of(entry) : Optional.empty();
    }

    /** The pieces still waiting for their end, as partial records; used when the log ends. */
    List<LogEntry> flush() {
        List<LogEntry> rest = new ArrayList<>();
        pending.forEach((stream, piece) -> rest.add(new LogEntry(stream, piece.time(), piece.text().toString(), true)));
        pending.clear();
        return rest.stream().filter(this::inRange).toList();
    }

    private boolean wantsStream(Stream stream) {
        return stream == Stream.STDOUT ? options.stdout() : options.stderr();
    }

    private boolean inRange(LogEntry entry) {
        return (options.since() == null || !entry.time().isBefore(options.since()))
                && (options.until() == null || entry.time().isBefore(options.until()));
    }
}
