package io.gantry.shell.internal.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.container.monitor.LogEntry.Stream;
import io.gantry.api.container.monitor.LogEntry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LogPrinterTest {
    private static final Instant T1 = Instant.parse("2024-05-01T12:00:01Z");
    private static final Instant T2 = Instant.parse("2024-05-01T12:00:02Z");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private LogPrinter printer(boolean timestamps) {
        return new LogPrinter(new PrintStream(out, false, StandardCharsets.UTF_8),
                new PrintStream(err, false, StandardCharsets.UTF_8), timestamps);
    }

    @Test
    void joinsPartialPiecesIntoOneLinePerStream() {
        LogPrinter printer = printer(false);
        assertTrue(printer.test(new LogEntry(Stream.STDOUT, T1, "a", true)));
        printer.test(new LogEntry(Stream.STDERR, T1, "oops", false));
        printer.test(new LogEntry(Stream.STDOUT, T2, "b", false));
        assertEquals("ab\n", out.toString(StandardCharsets.UTF_8));
        assertEquals("oops\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void timestampsOnlyAtTheStartOfALine() {
        LogPrinter printer = printer(true);
        printer.test(new LogEntry(Stream.STDOUT, T1, "a", true));
        printer.test(new LogEntry(Stream.STDOUT, T2, "b", false));
        printer.test(new LogEntry(Stream.STDOUT, T2, "c", false));
        assertEquals("2024-05-01T12:00:01Z ab\n2024-05-01T12:00:02Z c\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void stopsTheReaderOnceInterrupted() {
        Thread.currentThread().interrupt();
        try {
            assertFalse(printer(false).test(new LogEntry(Stream.STDOUT, T1, "late", false)));
            assertEquals("", out.toString(StandardCharsets.UTF_8));
        } finally {
            Thread.interrupted();
        }
    }
}
