package io.gantry.core.internal.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.container.monitor.LogEntry.Stream;
import io.gantry.api.container.monitor.LogEntry;
import io.gantry.api.container.monitor.LogOptions;
import io.gantry.testkit.Await;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogReaderTest {
    static final String LOG = """
            2024-05-01T10:00:00.000000001+00:00 stdout F first
            2024-05-01T10:00:01.5+00:00 stderr F oops
            2024-05-01T12:00:02+02:00 stdout P par
            2024-05-01T10:00:02.1+00:00 stderr F between
            2024-05-01T10:00:02.2+00:00 stdout P ti
            2024-05-01T10:00:03+00:00 stdout F al
            2024-05-01T10:00:04+00:00 stdout F\s
            not a log line
            2024-05-01T10:00:05+00:00 stdout P no end yet
            """;

    @TempDir
    Path dir;

    @Test
    void parsesK8sFileLines() {
        K8sLogLine line = K8sLogLine.parse("2024-05-01T12:00:00.123456789+02:00 stderr P a b  c").orElseThrow();
        assertEquals(Instant.parse("2024-05-01T10:00:00.123456789Z"), line.time());
        assertEquals(Stream.STDERR, line.stream());
        assertTrue(line.partial());
        assertEquals("a b  c", line.text());
        assertEquals("", K8sLogLine.parse("2024-05-01T10:00:00Z stdout F").orElseThrow().text());
        assertFalse(K8sLogLine.parse("2024-05-01T10:00:00Z stdin F x").isPresent());
        assertFalse(K8sLogLine.parse("yesterday stdout F x").isPresent());
        assertFalse(K8sLogLine.parse("2024-05-01T10:00:00Z stdout X x").isPresent());
    }

    @Test
    void joinsPartialPiecesAndEndsWithTheUnfinishedOne() throws IOException {
        List<LogEntry> all = read(new LogOptions(false, true, true, null, null, null));
        assertEquals(List.of(
                entry(Stream.STDOUT, "2024-05-01T10:00:00.000000001Z", "first", false),
                entry(Stream.STDERR, "2024-05-01T10:00:01.5Z", "oops", false),
                entry(Stream.STDERR, "2024-05-01T10:00:02.1Z", "between", false),
                entry(Stream.STDOUT, "2024-05-01T10:00:02Z", "partial", false),
                entry(Stream.STDOUT, "2024-05-01T10:00:04Z", "", false),
                entry(Stream.STDOUT, "2024-05-01T10:00:05Z", "no end yet", true)), all);
    }

    @Test
    void filtersStreams() throws IOException {
        assertEquals(List.of("oops", "between"), texts(new LogOptions(false, false, true, null, null, null)));
        assertEquals(List.of("first", "partial", "", "no end yet"),
                texts(new LogOptions(false, true, false, null, null, null)));
    }

    @Test
    void sinceIsInclusiveAndUntilExclusive() throws IOException {
        assertEquals(List.of("oops", "between", "partial"), texts(new LogOptions(false, true, true, null,
                Instant.parse("2024-05-01T10:00:01.5Z"), Instant.parse("2024-05-01T10:00:04Z"))));
    }

    @Test
    void tailKeepsTheLastRecords() throws IOException {
        assertEquals(List.of("", "no end yet"), texts(new LogOptions(false, true, true, 2, null, null)));
        assertEquals(List.of(), texts(new LogOptions(false, true, true, 0, null, null)));
        assertEquals(6, texts(new LogOptions(false, true, true, -1, null, null)).size());
    }

    @Test
    void stopsWhenTheSinkSaysSo() throws IOException {
        Path log = write(LOG);
        List<String> seen = new ArrayList<>();
        new LogReader(log, LogOptions.ALL, () -> false).read(e -> seen.add(e.text()) && seen.size() < 2);
        assertEquals(List.of("first", "oops"), seen);
    }

    @Test
    void missingFileWithoutFollowIsEmpty() {
        List<LogEntry> seen = new ArrayList<>();
        new LogReader(dir.resolve("none.log"), LogOptions.ALL, () -> true).read(seen::add);
        assertTrue(seen.isEmpty());
    }

    @Test
    void followWaitsForTheFileAndNewLinesUntilTheWriterStops() throws Exception {
        Path log = dir.resolve("ctr.log");
        AtomicBoolean writing = new AtomicBoolean(true);
        List<String> seen = new CopyOnWriteArrayList<>();
        Thread follower = new Thread(() -> new LogReader(log, new LogOptions(true, true, true, 1, null, null),
                writing::get).read(e -> seen.add(e.text())));
        follower.start();
        Path written = Files.writeString(dir.resolve("ctr.log.tmp"),
                "2024-05-01T10:00:00Z stdout F old\n2024-05-01T10:00:01Z stdout F last\n");
        // appears with both lines at once, so that the tail sees both
        Files.move(written, log, StandardCopyOption.ATOMIC_MOVE);
        Await.until("tail of the existing lines", () -> seen.equals(List.of("last")));
        Files.writeString(log, "2024-05-01T10:00:02Z stdout F ne", StandardOpenOption.APPEND);
        Files.writeString(log, "w\n2024-05-01T10:00:03Z stdout P tr", StandardOpenOption.APPEND);
        Await.until("line written in two pieces", () -> seen.equals(List.of("last", "new")));
        writing.set(false);
        Files.writeString(log, "ailing\n", StandardOpenOption.APPEND);
        follower.join(5000);
        assertFalse(follower.isAlive());
        assertEquals(List.of("last", "new", "trailing"), seen);
    }

    @Test
    void interruptingTheReaderEndsAFollow() throws Exception {
        Path log = write(LOG);
        List<String> seen = new CopyOnWriteArrayList<>();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        Thread follower = new Thread(
                () -> new LogReader(log, LogOptions.FOLLOW, () -> true).read(e -> seen.add(e.text())));
        follower.setUncaughtExceptionHandler((t, e) -> failures.add(e));
        follower.start();
        Await.until("existing records", () -> seen.size() == 5);
        follower.interrupt();
        follower.join(5000);
        assertFalse(follower.isAlive());
        assertEquals(List.of(), failures);
    }

    private List<String> texts(LogOptions options) throws IOException {
        return read(options).stream().map(LogEntry::text).toList();
    }

    private List<LogEntry> read(LogOptions options) throws IOException {
        Path log = write(LOG);
        List<LogEntry> seen = new ArrayList<>();
        new LogReader(log, options, () -> false).read(seen::add);
        return seen;
    }

    private Path write(String content) throws IOException {
        return Files.writeString(dir.resolve("ctr.log"), content);
    }

    private static LogEntry entry(Stream stream, String time, String text, boolean partial) {
        return new LogEntry(stream, Instant.parse(time), text, partial);
    }
}
