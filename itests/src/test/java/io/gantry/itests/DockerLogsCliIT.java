package io.gantry.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import io.gantry.itests.DockerCli.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** docker run's --log-driver and --log-opt, and docker logs over rotated files, with the real docker CLI. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DockerLogsCliIT extends DockerCliTestSupport {
    private static final int LINES = 2000;
    private static final String PADDING = "x".repeat(80);

    /** After a pause that lets a follower attach, numbered lines of some 130 bytes in the log, quickly. */
    private static String numberedLines() {
        return "sleep 2; i=1; while [ $i -le " + LINES + " ]; do echo line-$i-" + PADDING + "; usleep 500;"
                + " i=$((i+1)); done";
    }

    private static List<String> numbered(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> "line-" + i + "-" + PADDING).toList();
    }

    private Cli inspect(String format, String name) throws Exception {
        Cli inspect = docker("inspect", "-f", format, name);
        assertEquals(inspect.output(), 0, inspect.exit());
        return inspect;
    }

    @Test
    public void aRotatingLogKeepsMaxFileFilesAndLogsFollowsAndTailsAcrossThem() throws Exception {
        Cli run = docker("run", "-d", "--name", "rotating", "--log-opt", "max-size=10k", "--log-opt", "max-file=3",
                "busybox", "sh", "-c", numberedLines());
        assertEquals(run.output(), 0, run.exit());
        CompletableFuture<Cli> follow = CompletableFuture.supplyAsync(() -> {
            try {
                return docker("logs", "-f", "rotating");
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        Cli followed = follow.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
        assertEquals(followed.output(), 0, followed.exit());
        assertEquals("every line once, in order, across the rotations", numbered(1, LINES),
                followed.output().lines().toList());

        assertEquals("json-file map[max-file:3 max-size:10k]",
                inspect("{{.HostConfig.LogConfig.Type}} {{.HostConfig.LogConfig.Config}}", "rotating").output().trim());
        Path live = Path.of(inspect("{{.LogPath}}", "rotating").output().trim());
        String name = live.getFileName().toString();
        try (Stream<Path> files = Files.list(live.getParent())) {
            assertEquals("max-file 3: the live file and two rotated ones", List.of(name, name + ".1", name + ".2"),
                    files.map(f -> f.getFileName().toString()).filter(f -> f.startsWith(name)).sorted().toList());
        }
        Cli tail = docker("logs", "--tail", "150", "rotating");
        assertEquals(tail.output(), numbered(LINES - 149, LINES), tail.output().lines().toList());
        List<String> kept = docker("logs", "rotating").output().lines().toList();
        assertTrue("the oldest lines went with the dropped files: " + kept.size(), kept.size() < LINES);
        assertEquals(numbered(LINES - kept.size() + 1, LINES), kept);
    }

    @Test
    public void noneKeepsNoLogButTheOutputStillReachesTheAttachedClient() throws Exception {
        Cli run = docker("run", "--name", "quiet", "--log-driver", "none", "busybox", "echo", "attached output");
        assertEquals(run.output(), 0, run.exit());
        assertEquals("attached output", run.output().trim());
        Cli logs = docker("logs", "quiet");
        assertNotEquals(logs.output(), 0, logs.exit());
        assertTrue(logs.output(), logs.output().contains("configured logging driver does not support reading"));
        assertEquals("none", inspect("{{.HostConfig.LogConfig.Type}}", "quiet").output().trim());
    }

    @Test
    public void jsonFileIsTheDefaultDriver() throws Exception {
        assertEquals(0, docker("create", "--name", "plain", "busybox", "true").exit());
        assertEquals("json-file", inspect("{{.HostConfig.LogConfig.Type}}", "plain").output().trim());
        Cli info = docker("info", "-f", "{{.LoggingDriver}}");
        assertEquals(info.output(), "json-file", info.output().trim());
    }

    @Test
    public void aBadDriverOrOptionIsRefusedWithItsName() throws Exception {
        Cli size = docker("run", "--rm", "--log-opt", "max-size=big", "busybox", "true");
        assertNotEquals(size.output(), 0, size.exit());
        assertTrue(size.output(), size.output().contains("invalid max-size 'big'"));
        Cli option = docker("run", "--rm", "--log-opt", "colour=red", "busybox", "true");
        assertTrue(option.output(), option.output().contains("unknown log opt 'colour' for json-file log driver"));
        Cli driver = docker("run", "--rm", "--log-driver", "syslog", "busybox", "true");
        assertTrue(driver.output(), driver.output().contains("logger: no log driver named 'syslog' is registered"));
        assertEquals("", docker("ps", "-aq").output().trim());
    }
}
