package io.gantry.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.gantry.api.container.Container;
import io.gantry.itests.DockerCli.Cli;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** The real docker CLI drives the engine through the daemon's Unix socket. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DockerCliIT extends GantryTestSupport {
    private final DockerCli cli = new DockerCli(DEADLINE);

    @Before
    public void awaitTheDaemon() throws Exception {
        waitFor("the daemon answers on its socket", () -> docker("version").exit() == 0);
    }

    @After
    public void removeAll() {
        for (Container c : containers.list(true)) {
            containers.remove(c.id(), true);
        }
    }

    @Test
    public void versionAndInfoAnswer() throws Exception {
        Cli version = docker("version", "--format", "{{.Server.APIVersion}}");
        assertEquals(version.output(), 0, version.exit());
        assertEquals("1.41", version.output().trim());
        Cli info = docker("info", "--format", "{{.OSType}} {{.Driver}} {{.DefaultRuntime}}");
        assertEquals(info.output(), 0, info.exit());
        assertEquals("linux overlay runc", info.output().trim());
    }

    @Test
    public void runPrintsOutputAndPropagatesExitCodes() throws Exception {
        Cli hi = docker("run", "--rm", "busybox", "echo", "hi");
        assertEquals(hi.output(), 0, hi.exit());
        assertEquals("hi", hi.output().trim());
        Cli three = docker("run", "--rm", "busybox", "sh", "-c", "exit 3");
        assertEquals(three.output(), 3, three.exit());
        waitFor("--rm removed both", () -> containers.list(true).isEmpty());
    }

    @Test
    public void detachedContainerListsLogsStopsAndRemoves() throws Exception {
        assertEquals(0, docker("run", "-d", "--name", "web", "busybox", "sh", "-c",
                "echo started; exec sleep 300").exit());
        Cli ps = docker("ps", "--format", "{{.Names}} {{.Status}}");
        assertTrue(ps.output(), ps.output().startsWith("web Up"));
        waitFor("the log line", () -> docker("logs", "web").output().contains("started"));
        Cli inspect = docker("inspect", "--format", "{{.State.Running}} {{.Name}}", "web");
        assertEquals("true /web", inspect.output().trim());
        Cli stats = docker("stats", "--no-stream", "--format", "{{.Name}} {{.PIDs}}", "web");
        assertEquals(stats.output(), "web 1", stats.output().trim());
        long started = System.nanoTime();
        assertEquals(0, docker("stop", "-t", "1", "web").exit());
        assertTrue("stop ended within its timeout", System.nanoTime() - started < TimeUnit.SECONDS.toNanos(8));
        assertTrue(docker("ps", "-a", "--format", "{{.Status}}").output().startsWith("Exited (137)"));
        assertEquals(0, docker("rm", "web").exit());
        assertEquals("", docker("ps", "-aq").output().trim());
    }

    @Test
    public void forceRemovesARunningContainerAndEventsShowStartAndDie() throws Exception {
        long since = System.currentTimeMillis() / 1000 - 1;
        assertEquals(0, docker("run", "-d", "--name", "doomed", "busybox", "sleep", "300").exit());
        assertEquals(0, docker("rm", "-f", "doomed").exit());
        assertEquals("", docker("ps", "-aq").output().trim());
        long until = System.currentTimeMillis() / 1000 + 1;
        Cli events = docker("events", "--since", Long.toString(since), "--until", Long.toString(until),
                "--format", "{{.Action}}");
        List<String> actions = events.output().lines().toList();
        assertTrue(events.output(), actions.contains("start") && actions.contains("die") && actions.contains("destroy"));
    }

    @Test
    public void logsFollowShowsNewLinesUntilTheContainerStops() throws Exception {
        assertEquals(0, docker("run", "-d", "--name", "web", "busybox", "sh", "-c",
                "i=0; while true; do echo tick-$i; i=$((i+1)); sleep 0.2; done").exit());
        Process follow = DockerCli.start(List.of(DockerCli.binary(), "logs", "-f", "web"));
        BufferedReader lines = new BufferedReader(new InputStreamReader(follow.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> later = CompletableFuture.supplyAsync(() -> lines.lines()
                .filter(line -> line.equals("tick-5")).findFirst().orElse("the output ended before tick-5"));
        try {
            assertEquals("tick-5", later.get(DEADLINE.toSeconds(), TimeUnit.SECONDS));
            assertEquals(0, docker("stop", "-t", "1", "web").exit());
            assertTrue("logs -f ends when the container stops", follow.waitFor(DEADLINE.toSeconds(), TimeUnit.SECONDS));
        } finally {
            follow.destroyForcibly();
        }
    }

    @Test
    public void execRunsInTheContainerWithItsHostnameAndStdin() throws Exception {
        Cli run = docker("run", "-d", "--name", "web", "busybox", "sleep", "300");
        assertEquals(run.output(), 0, run.exit());
        String shortId = run.output().trim().substring(0, 12);
        Cli hostname = docker("exec", "web", "hostname");
        assertEquals(hostname.output(), 0, hostname.exit());
        assertEquals(shortId, hostname.output().trim());
        Cli cat = dockerWithInput("piped through exec\n", "exec", "-i", "web", "sh", "-c", "cat");
        assertEquals(cat.output(), 0, cat.exit());
        assertEquals("piped through exec", cat.output().trim());
        Cli failing = docker("exec", "web", "sh", "-c", "exit 4");
        assertEquals(failing.output(), 4, failing.exit());
    }

    @Test
    public void topListsTheContainersProcesses() throws Exception {
        assertEquals(0, docker("run", "-d", "--name", "web", "busybox", "sleep", "300").exit());
        Cli top = docker("top", "web");
        assertEquals(top.output(), 0, top.exit());
        List<String> rows = top.output().lines().toList();
        assertTrue(top.output(), rows.get(0).contains("PID") && rows.get(0).contains("CMD"));
        assertEquals(top.output(), 2, rows.size());
        assertTrue(top.output(), rows.get(1).endsWith("sleep 300"));
    }

    @Test
    public void runWithStdinReadsWhatIsPiped() throws Exception {
        Cli read = dockerWithInput("hello\n", "run", "-i", "--rm", "busybox", "sh", "-c", "read x; echo got:$x");
        assertEquals(read.output(), 0, read.exit());
        assertEquals("got:hello", read.output().trim());
        waitFor("--rm removed it", () -> containers.list(true).isEmpty());
    }

    @Test
    public void runWithATerminalRunsAnInteractiveShell() throws Exception {
        // the arithmetic tells the shell's answer apart from the terminal's echo of the typed line
        Cli shell = cli.withInput(List.of("script", "-qec", DockerCli.binary() + " run -it --rm busybox sh", "/dev/null"),
                "echo hello-tty-$((40+2)); exit\n", false);
        assertTrue(shell.output(), shell.output().contains("hello-tty-42"));
        assertEquals(shell.output(), 0, shell.exit());
        waitFor("--rm removed it", () -> containers.list(true).isEmpty());
    }

    private Cli docker(String... args) throws Exception {
        return cli.run(args);
    }

    private Cli dockerWithInput(String input, String... args) throws Exception {
        return cli.runWithInput(input, args);
    }
}
