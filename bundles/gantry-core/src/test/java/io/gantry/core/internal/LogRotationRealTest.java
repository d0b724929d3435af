package io.gantry.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.NotImplementedException;
import io.gantry.api.container.Container;
import io.gantry.api.container.LogConfig;
import io.gantry.api.container.WaitCondition;
import io.gantry.api.container.attach.StdioStream;
import io.gantry.api.container.monitor.LogOptions;
import io.gantry.testkit.Await;
import io.gantry.testkit.OutputCollector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Log drivers over real conmon: rotation while the container writes, reading across rotated files, none. */
class LogRotationRealTest extends RealEngineTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String PADDING = "x".repeat(80);

    /** Numbered lines, about a thousand a second, each of some 100 bytes. */
    private static String numberedLines(int count) {
        return "i=0; while [ $i -lt " + count + " ]; do echo \"line-$i-" + PADDING + "\"; usleep 1000;"
                + " i=$((i+1)); done";
    }

    private static List<String> numbered(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> "line-" + i + "-" + PADDING).toList();
    }

    private static LogConfig jsonFile(Map<String, String> options) {
        return new LogConfig("json-file", options);
    }

    private List<String> lines(String id, LogOptions options) {
        List<String> lines = new ArrayList<>();
        real.engine.monitor.logs(id, options, entry -> lines.add(entry.text()));
        return lines;
    }

    private static List<String> logFiles(Path live) throws IOException {
        try (Stream<Path> files = Files.list(live.getParent())) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(live.getFileName().toString()))
                    .sorted().toList();
        }
    }

    @Test
    void aFollowerSeesEveryLineOnceWhileTheLogRotatesAndCompresses() throws Exception {
        int count = 3000;
        Container box = real.engine.lifecycle.create(RealEngine.busybox("sh", "-c", numberedLines(count))
                .logConfig(jsonFile(Map.of("max-size", "20k", "max-file", "3", "compress", "true"))).build());
        List<String> followed = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> follower = CompletableFuture.runAsync(() -> real.engine.monitor.logs(box.id(),
                LogOptions.FOLLOW, entry -> followed.add(entry.text())));
        real.engine.lifecycle.start(box.id());
        real.engine.lifecycle.waitFor(box.id(), WaitCondition.NOT_RUNNING).get(60, TimeUnit.SECONDS);
        follower.get(30, TimeUnit.SECONDS);

        assertEquals(numbered(0, count), followed, "every line once and in order, across the rotations");
        Path live = Path.of(real.engine.lifecycle.inspect(box.id()).logPath());
        String name = live.getFileName().toString();
        assertEquals(List.of(name, name + ".1.gz", name + ".2.gz"), logFiles(live),
                "max-file 3 keeps the live file and two rotated ones, compressed");
        assertTrue(Files.size(live) < 100_000, "the live file was rotated near 20k: " + Files.size(live));

        List<String> kept = lines(box.id(), LogOptions.ALL);
        int first = Integer.parseInt(kept.get(0).split("-")[1]);
        assertTrue(first > 0, "the oldest lines went with the dropped files");
        assertEquals(numbered(first, count), kept, "what is kept runs on without a gap to the last line");
        int tail = Files.readAllLines(live).size() + 10;
        assertTrue(kept.size() > tail);
        assertEquals(numbered(count - tail, count), lines(box.id(), new LogOptions(false, true, true, tail, null,
                null)), "--tail counts across the live and the rotated files");
    }

    @Test
    void maxFileOneTruncatesAndALogWithoutMaxSizeNeverRotates() throws Exception {
        Container truncated = real.runToEnd(RealEngine.busybox("sh", "-c", numberedLines(1500))
                .logConfig(jsonFile(Map.of("max-size", "10k", "max-file", "1"))));
        Container whole = real.runToEnd(RealEngine.busybox("sh", "-c", "seq 1 3000")
                .logConfig(jsonFile(Map.of("max-file", "2"))));

        String last = numbered(1499, 1500).get(0);
        Await.until("the last line of " + truncated.id(), WAIT, () -> lines(truncated.id(), LogOptions.ALL)
                .contains(last));
        Path live = Path.of(truncated.logPath());
        assertEquals(List.of(live.getFileName().toString()), logFiles(live), "max-file 1 keeps no rotated file");
        List<String> kept = lines(truncated.id(), LogOptions.ALL);
        assertFalse(kept.contains(numbered(0, 1).get(0)), "the first lines were dropped at a rotation");
        assertEquals(last, kept.get(kept.size() - 1));
        Await.until("the whole log of " + whole.id(), WAIT, () -> lines(whole.id(), LogOptions.ALL).size() == 3000);
        assertEquals(IntStream.rangeClosed(1, 3000).mapToObj(Integer::toString).toList(),
                lines(whole.id(), LogOptions.ALL), "max-file alone, as in Docker, rotates nothing");
    }

    @Test
    void rotationResumesForAContainerReadoptedAfterARestartOfTheCore() throws Exception {
        Container box = real.run(RealEngine.busybox("sh", "-c", "while true; do echo " + PADDING + "; usleep 2000;"
                + " done").logConfig(jsonFile(Map.of("max-size", "10k", "max-file", "2"))));
        Path rotated = Path.of(box.logPath() + ".1");
        Await.until("a first rotation of " + box.id(), WAIT, () -> Files.exists(rotated));
        real.restartCore();
        Object before = fileKey(rotated);
        Await.until("a rotation by the restarted core", WAIT, () -> !before.equals(fileKey(rotated)));
        real.engine.lifecycle.remove(box.id(), true);
    }

    private static Object fileKey(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            return "";
        }
    }

    @Test
    void aContainerNamingNoDriverGetsTheEnginesDefault() {
        assertEquals(new LogConfig("json-file", Map.of()),
                real.engine.lifecycle.create(RealEngine.busybox("true").build()).config().logConfig());
    }

    @Test
    void noneKeepsNoLogAndAttachStillGetsTheOutput() throws Exception {
        Container box = real.engine.lifecycle.create(RealEngine.busybox("sh", "-c", "read line; echo got $line")
                .openStdin(true).logConfig(new LogConfig("none", Map.of())).build());
        CompletableFuture<StdioStream> attached = real.engine.attach.attachOnStart(box.id(), true);
        real.engine.lifecycle.start(box.id());
        StdioStream stdio = attached.get(10, TimeUnit.SECONDS);
        OutputCollector output = OutputCollector.of(stdio);
        stdio.write("hi\n".getBytes(), 0, 3);
        output.awaitEnd();
        assertEquals("got hi\n", output.stdout());
        real.engine.lifecycle.waitFor(box.id(), WaitCondition.NOT_RUNNING).get(10, TimeUnit.SECONDS);
        assertEquals(0, real.engine.lifecycle.inspect(box.id()).exitCode());

        assertFalse(Files.exists(Path.of(box.logPath())), "nothing stored");
        NotImplementedException refused = assertThrows(NotImplementedException.class,
                () -> lines(box.id(), LogOptions.ALL));
        assertEquals("configured logging driver does not support reading", refused.getMessage());
    }
}
