package io.gantry.shell.internal.container;

import io.gantry.api.container.monitor.LogEntry;
import java.io.PrintStream;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Prints log records to the console as they come: stdout records to {@code out}, stderr records to
 * {@code err}, a newline after each complete line. Stops the reader once the command's thread is
 * interrupted (Ctrl-C).
 */
final class LogPrinter implements Predicate<LogEntry> {
    private final PrintStream out;
    private final PrintStream err;
    private final boolean timestamps;
    private final Set<LogEntry.Stream> midLine = EnumSet.noneOf(LogEntry.Stream.class);

    LogPrinter(PrintStream out, PrintStream err, boolean timestamps) {
        this.out = out;
        this.err = err;
        this.timestamps = timestamps;
    }

    @Override
    public boolean test(LogEntry entry) {
        if (Thread.currentThread().isInterrupted()) {
            return false;
        }
        PrintStream target = entry.stream() == LogEntry.Stream.STDERR ? err : out;
        if (timestamps && !midLine.contains(entry.stream())) {
            target.print(entry.time() + " ");
        }
        target.print(entry.text());
        if (entry.partial()) {
            midLine.add(entry.stream());
        } else {
            target.println();
            midLine.remove(entry.stream());
        }
        target.flush();
        return true;
    }
}
