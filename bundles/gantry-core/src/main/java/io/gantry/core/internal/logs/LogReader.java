package io.gantry.core.internal.logs;

import io.gantry.api.GantryException;
import io.gantry.api.container.monitor.LogEntry;
import io.gantry.api.container.monitor.LogOptions;
import java.io.IOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * Reads a container's k8s-file log, the rotated files oldest first and then the live one: the last {@code tail}
 * records of them all, then, when following, new records as they are written until the container stops writing
 * and the file is drained. A follower that sees the live file rotated finishes the old file, which the monitor no
 * longer writes once the new one exists, and goes on with the new one.
 */
public final class LogReader {
    static final Duration POLL_INTERVAL = Duration.ofMillis(25);

    private final LogFiles files;
    private final LogOptions options;
    private final BooleanSupplier writing;

    /** @param writing whether the container may still write to the log (created, running or paused) */
    public LogReader(Path file, LogOptions options, BooleanSupplier writing) {
        this.files = new LogFiles(file);
        this.options = options;
        this.writing = writing;
    }

    public void read(Predicate<LogEntry> sink) {
        try {
            if (!awaitFile()) {
                return;
            }
            LogAssembler assembler = new LogAssembler(options);
            LiveLog live = LiveLog.open(files.live());
            try {
                // one splitter for the live file from its start, so that a line half written at the switch is whole
                LineSplitter liveLines = new LineSplitter(live.channel());
                boolean follows;
                try (RotatedSegments rotated = RotatedSegments.open(files, live.fileKey())) {
                    follows = readExisting(rotated, liveLines, assembler, sink) && options.follow();
                }
                if (follows) {
                    follow(live, liveLines, assembler, sink);
                }
            } finally {
                live.close();
            }
        } catch (ClosedByInterruptException | InterruptedException e) {
            // the reader's thread was interrupted: that ends a follow, like the sink returning false
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new GantryException("cannot read log " + files.live() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The records in the files now; without follow, a piece still waiting for its end counts as the last one.
     *
     * @return false when the sink asked to stop
     */
    private boolean readExisting(RotatedSegments rotated, LineSplitter liveLines, LogAssembler assembler,
            Predicate<LogEntry> sink) throws IOException {
        Integer tail = options.tail() != null && options.tail() >= 0 ? options.tail() : null;
        Deque<LogEntry> last = new ArrayDeque<>();
        Predicate<LogEntry> target = tail == null ? sink : entry -> {
            last.addLast(entry);
            if (last.size() > tail) {
                last.removeFirst();
            }
            return true;
        };
        for (ReadableByteChannel segment : rotated.channels()) {
            if (!drain(new LineSplitter(segment), assembler, target)) {
                return false;
            }
        }
        if (!drain(liveLines, assembler, target)) {
            return false;
        }
        if (!options.follow() && !flush(assembler, target)) {
            return false;
        }
        for (LogEntry entry : last) {
            if (!sink.test(entry)) {
                return false;
            }
        }
        return true;
    }

    /** Closes the live files it opens; the first one stays the caller's to close. */
    private void follow(LiveLog first, LineSplitter firstLines, LogAssembler assembler, Predicate<LogEntry> sink)
            throws IOException, InterruptedException {
        LiveLog live = first;
        try {
            LineSplitter lines = firstLines;
            while (!Thread.currentThread().isInterrupted()) {
                // looked at before reading, so that the read after the writer stopped is a complete one
                boolean stillWriting = writing.getAsBoolean();
                boolean rotated = live.replaced();
                if (!drain(lines, assembler, sink)) {
                    return;
                }
                if (rotated) {
                    if (live != first) {
                        live.close();
                    }
                    live = LiveLog.open(files.live());
                    lines = new LineSplitter(live.channel());
                    continue;
                }
                if (!stillWriting) {
                    flush(assembler, sink);
                    return;
                }
                Thread.sleep(POLL_INTERVAL.toMillis());
            }
        } finally {
            if (live != first) {
                live.close();
            }
        }
    }

    /** Before the container first starts there is no file; a follower waits for it, a reader reads what was rotated. */
    private boolean awaitFile() throws InterruptedException, IOException {
        while (!Files.exists(files.live())) {
            if (!options.follow() || !writing.getAsBoolean()) {
                return !files.rotatedOldestFirst().isEmpty();
            }
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
        return true;
    }

    private static boolean drain(LineSplitter lines, LogAssembler assembler, Predicate<LogEntry> sink)
            throws IOException {
        return lines.drain(line -> deliver(line, assembler, sink));
    }

    /** @return false when the sink asked to stop */
    private static boolean flush(LogAssembler assembler, Predicate<LogEntry> sink) {
        for (LogEntry entry : assembler.flush()) {
            if (!sink.test(entry)) {
                return false;
            }
        }
        return true;
    }

    private static boolean deliver(String line, LogAssembler assembler, Predicate<LogEntry> sink) {
        return K8sLogLine.parse(line).flatMap(assembler::accept).map(sink::test).orElse(true);
    }
}
