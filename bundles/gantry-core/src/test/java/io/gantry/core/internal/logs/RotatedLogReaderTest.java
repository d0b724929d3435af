package io.gantry.core.internal.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.gantry.api.container.LogConfig;
import io.gantry.api.container.log.LogDrivers;
import io.gantry.api.container.monitor.LogOptions;
import io.gantry.testkit.Await;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A log with rotated files beside the live one, plain and gzipped, read as one. */
class RotatedLogReaderTest {
    @TempDir
    Path dir;

    private Path live() {
        return dir.resolve("ctr.log");
    }

    /** Lines "n" at second n of the day, for n from {@code from} up to {@code to} excluded. */
    private static String lines(int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int n = from; n < to; n++) {
            text.append(String.format("2024-05-01T10:00:%02dZ stdout F %d%n", n, n));
        }
        return text.toString();
    }

    private void plain(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content);
    }

    private void gzipped(String name, String content) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve(name)))) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** .3.gz oldest, then .2.gz, then .1 (not compressed yet), then the live file. */
    private void rotatedLog() throws IOException {
        gzipped("ctr.log.3.gz", lines(0, 10));
        gzipped("ctr.log.2.gz", lines(10, 20));
        plain("ctr.log.1", lines(20, 30));
        plain("ctr.log", lines(30, 35));
        plain("ctr.log.tmp", lines(50, 51));
        plain("other.log.1", lines(50, 51));
    }

    private List<String> read(LogOptions options) {
        List<String> seen = new ArrayList<>();
        new LogReader(live(), options, () -> false).read(e -> seen.add(e.text()));
        return seen;
    }

    private static List<String> numbers(int from, int to) {
        List<String> numbers = new ArrayList<>();
        for (int n = from; n < to; n++) {
            numbers.add(Integer.toString(n));
        }
        return numbers;
    }

    private static Instant second(int n) {
        return Instant.parse(String.format("2024-05-01T10:00:%02dZ", n));
    }

    @Test
    void readsTheRotatedFilesOldestFirstThenTheLiveOne() throws IOException {
        rotatedLog();
        assertEquals(numbers(0, 35), read(LogOptions.ALL));
    }

    @Test
    void tailCountsAcrossTheFiles() throws IOException {
        rotatedLog();
        assertEquals(numbers(27, 35), read(new LogOptions(false, true, true, 8, null, null)));
        assertEquals(numbers(8, 35), read(new LogOptions(false, true, true, 27, null, null)));
        assertEquals(numbers(0, 35), read(new LogOptions(false, true, true, 100, null, null)));
    }

    @Test
    void sinceAndUntilSpanTheFiles() throws IOException {
        rotatedLog();
        assertEquals(numbers(5, 32), read(new LogOptions(false, true, true, null, second(5), second(32))));
        assertEquals(numbers(29, 32), read(new LogOptions(false, true, true, 3, second(5), second(32))));
    }

    @Test
    void aPlainAndACompressedCopyOfOneIndexAreReadOnce() throws IOException {
        rotatedLog();
        gzipped("ctr.log.1.gz", lines(20, 30));
        assertEquals(numbers(0, 35), read(LogOptions.ALL));
    }

    @Test
    void aPieceSplitAcrossARotationIsJoined() throws IOException {
        plain("ctr.log.1", "2024-05-01T10:00:00Z stdout P hal\n");
        plain("ctr.log", "2024-05-01T10:00:00Z stdout F f\n2024-05-01T10:00:01Z stdout F whole\n");
        assertEquals(List.of("half", "whole"), read(LogOptions.ALL));
    }

    @Test
    void aReadLeavesNoFileOpen() throws IOException {
        rotatedLog();
        read(new LogOptions(false, true, true, 3, null, null));
        read(LogOptions.ALL);
        assertEquals(List.of(), openFilesInDir());
    }

    private List<Path> openFilesInDir() throws IOException {
        try (var fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.map(fd -> {
                try {
                    return Files.readSymbolicLink(fd);
                } catch (IOException e) {
                    return Path.of("/");
                }
            }).filter(target -> target.startsWith(dir)).toList();
        }
    }

    @Test
    void withOnlyRotatedFilesLeftTheyAreStillRead() throws IOException {
        gzipped("ctr.log.1.gz", lines(0, 3));
        assertEquals(numbers(0, 3), read(LogOptions.ALL));
    }

    @Test
    void aFollowerGoesOnInTheNewFileWhenTheLiveOneIsRotated() throws Exception {
        plain("ctr.log", lines(0, 3));
        AtomicBoolean writing = new AtomicBoolean(true);
        List<String> seen = new CopyOnWriteArrayList<>();
        Thread follower = new Thread(() -> new LogReader(live(), LogOptions.FOLLOW, writing::get)
                .read(e -> seen.add(e.text())));
        follower.start();
        Await.until("the first lines", () -> seen.size() == 3);
        // as conmon: lines written to the renamed file until the new one is in place, and none after
        Files.move(live(), dir.resolve("ctr.log.1"), StandardCopyOption.ATOMIC_MOVE);
        Files.writeString(dir.resolve("ctr.log.1"), lines(3, 5), StandardOpenOption.APPEND);
        plain("ctr.log", lines(5, 7));
        Await.until("the lines of the new file", () -> seen.size() == 7);
        LogRotator.rotate(new LogFiles(live()), LogDrivers.rotation(new LogConfig("json-file",
                Map.of("max-size", "1k", "max-file", "3", "compress", "true"))),
                () -> write("ctr.log", lines(7, 9)), writing::get);
        Files.writeString(live(), lines(9, 10), StandardOpenOption.APPEND);
        writing.set(false);
        follower.join(5000);
        assertFalse(follower.isAlive());
        assertEquals(numbers(0, 10), seen, "no line lost or repeated");
        assertEquals(List.of("ctr.log", "ctr.log.1.gz", "ctr.log.2"), names());
        assertEquals(numbers(0, 10), read(LogOptions.ALL));
    }

    private void write(String name, String content) {
        try {
            plain(name, content);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private List<String> names() throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
