package io.gantry.core.internal.logs;

import io.gantry.api.GantryException;
import io.gantry.api.container.monitor.LogEntry;
import io.gantry.api.container.monitor.LogOptions;
import java.io.IOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * Reads a container's k8s-file log: the last {@code tail} records (the file is read once), then, when
 * following, new records as they are written until the container stops writing and the file is drained.
 */
public final class LogReader {
    static final Duration POLL_INTERVAL = Duration.ofMillis(25);

    private final Path file;
    private final LogOptions options;
    private final BooleanSupplier writing;

    /** @param writing whether the container may still write to the log (created, running or paused) */
    public LogReader(Path file, LogOptions options, BooleanSupplier writing) {
        this.file = file;
        this.options = options;
        this.writing = writing;
    }

    public void read(Predicate<LogEntry> sink) {
        try {
            if (!awaitFile()) {
                return;
            }
            try (FileChannel channel = FileChannel.open(file)) {
                LineSplitter lines = new LineSplitter(channel);
                LogAssembler assembler = new LogAssembler(options);
                if (readExisting(lines, assembler, sink) && options.follow()) {
                    follow(lines, assembler, sink);
                }
            }
        } catch (ClosedByInterruptException | InterruptedException e) {
            // the reader's thread was interrupted: that ends a follow, like the sink returning false
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new GantryException("cannot read log " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The records in the file now; without follow, a piece still waiting for its end counts as the last one.
     *
     * @return false when the sink asked to stop
     */
    private boolean readExisting(LineSplitter lines, LogAssembler assembler, Predicate<LogEntry> sink)
            throws IOException {
        Integer tail = options.tail() != null && options.tail() >= 0 ? options.tail() : null;
        if (tail == null) {
            return lines.drain(line -> deliver(line, assembler, sink)) && (options.follow() || flush(assembler, sink));
        }
        Deque<LogEntry> last = new ArrayDeque<>();
        Predicate<LogEntry> window = entry -> {
            last.addLast(entry);
            if (last.size() > tail) {
                last.removeFirst();
            }
            return true;
        };
        lines.drain(line -> deliver(line, assembler, window));
        if (!options.follow()) {
            flush(assembler, window);
        }
        for (LogEntry entry : last) {
            if (!sink.test(entry)) {
                return false;
            }
        }
        return true;
    }

    private void follow(LineSplitter lines, LogAssembler assembler, Predicate<LogEntry> sink)
            throws IOException, InterruptedException {
        while (!Thread.currentThread().isInterrupted()) {
            // looked at before reading, so that the read after the writer stopped is a complete one
            boolean stillWriting = writing.getAsBoolean();
            if (!lines.drain(line -> deliver(line, assembler, sink))) {
                return;
            }
            if (!stillWriting) {
                flush(assembler, sink);
                return;
            }
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
    }

    /** Before the container first starts there is no file; a follower waits for it. */
    private boolean awaitFile() throws InterruptedException {
        while (!Files.exists(file)) {
            if (!options.follow() || !writing.getAsBoolean()) {
                return false;
            }
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
        return true;
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
