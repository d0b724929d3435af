package io.gantry.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.gantry.itests.DockerCli.Cli;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** The real docker CLI drives the engine through the daemon's Unix socket. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DockerCliIT extends DockerCliTestSupport {
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

    @Test
    public void pauseFreezesTheProcessAndUnpauseLetsItGoOn() throws Exception {
        assertEquals(0, docker("run", "-d", "--name", "ticker", "busybox", "sh", "-c",
                "i=0; while true; do i=$((i+1)); echo $i; sleep 0.1; done").exit());
        waitFor("ticking", () -> lastLine("ticker") > 2);
        assertEquals(0, docker("pause", "ticker").exit());
        Cli ps = docker("ps", "--format", "{{.Names}} {{.Status}}");
        assertTrue(ps.output(), ps.output().trim().matches("ticker Up .* \\(Paused\\)"));
        assertEquals("paused true", docker("inspect", "-f", "{{.State.Status}} {{.State.Paused}}", "ticker")
                .output().trim());
        long frozen = lastLine("ticker");
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1500);
        while (System.nanoTime() < until) {
            assertEquals("a paused process writes nothing", frozen, lastLine("ticker"));
        }
        assertEquals(0, docker("unpause", "ticker").exit());
        waitFor("ticking again", () -> lastLine("ticker") > frozen + 2);
        Cli twice = docker("unpause", "ticker");
        assertTrue(twice.output(), twice.exit() != 0 && twice.output().contains("not paused"));
    }

    private long lastLine(String container) throws Exception {
        List<String> lines = docker("logs", "--tail", "1", container).output().lines().toList();
        return lines.isEmpty() ? 0 : Long.parseLong(lines.get(0).trim());
    }

    @Test
    public void bindMountsWriteToTheHostAndReadOnlyOnesRefuseWrites() throws Exception {
        Path dir = Files.createDirectories(Path.of(System.getProperty("gantry.it.dataRoot"), "bind-" + System.nanoTime()));
        Cli write = docker("run", "--rm", "-v", dir + ":/data", "busybox", "sh", "-c", "echo x > /data/f");
        assertEquals(write.output(), 0, write.exit());
        assertEquals("x\n", Files.readString(dir.resolve("f")));
        Cli refused = docker("run", "--rm", "-v", dir + ":/data:ro", "busybox", "sh", "-c", "echo y > /data/g");
        assertTrue(refused.output(), refused.exit() != 0 && refused.output().contains("Read-only file system"));
        assertFalse(Files.exists(dir.resolve("g")));
        Cli mounted = docker("run", "--rm", "--mount", "type=bind,source=" + dir + ",target=/data,readonly",
                "--tmpfs", "/scratch", "busybox", "sh", "-c", "cat /data/f; echo z > /scratch/z && cat /scratch/z");
        assertEquals(mounted.output(), "x\nz", mounted.output().trim());
    }

    @Test
    public void onFailureRestartsUpToItsLimit() throws Exception {
        assertEquals(0, docker("run", "-d", "--name", "flaky", "--restart", "on-failure:2", "busybox", "sh", "-c",
                "exit 1").exit());
        waitFor("restarted twice, then left exited", () -> docker("inspect", "-f", "{{.RestartCount}} {{.State.Status}}",
                "flaky").output().trim().equals("2 exited"));
        assertEquals("on-failure 2", docker("inspect", "-f",
                "{{.HostConfig.RestartPolicy.Name}} {{.HostConfig.RestartPolicy.MaximumRetryCount}}", "flaky")
                .output().trim());
    }

    @Test
    public void cpCopiesFilesAndFoldersBothWays() throws Exception {
        Cli run = docker("run", "-d", "--name", "box", "busybox", "sleep", "300");
        assertEquals(run.output(), 0, run.exit());
        Path dir = Files.createDirectories(Path.of(System.getProperty("gantry.it.dataRoot"), "cp-" + System.nanoTime()));
        Files.writeString(Files.createDirectories(dir.resolve("tree/sub")).resolve("a.txt"), "from the host\n");
        Cli in = docker("cp", dir.resolve("tree").toString(), "box:/tmp/");
        assertEquals(in.output(), 0, in.exit());
        assertEquals("from the host", docker("exec", "box", "cat", "/tmp/tree/sub/a.txt").output().trim());
        Cli out = docker("cp", "box:/etc/hostname", dir.resolve("hostname").toString());
        assertEquals(out.output(), 0, out.exit());
        assertEquals(run.output().trim().substring(0, 12), Files.readString(dir.resolve("hostname")).trim());
        Cli back = docker("cp", "box:/tmp/tree", dir.resolve("round-trip").toString());
        assertEquals(back.output(), 0, back.exit());
        assertEquals("from the host\n", Files.readString(dir.resolve("round-trip/sub/a.txt")));
        Cli missing = docker("cp", "box:/nothere", dir.toString());
        // docker 20.10 words it itself; docker 28 shows the daemon's message, which is dockerd's
        assertTrue(missing.output(), missing.exit() != 0 && (missing.output().contains("No such container:path")
                || missing.output().contains("Could not find the file /nothere in container box")));
    }

    @Test
    public void aKilledLogsFollowFreesTheEnginesWorker() throws Exception {
        assertEquals(0, docker("run", "-d", "--name", "quiet", "busybox", "sh", "-c", "echo ready; exec sleep 300").exit());
        Process follow = DockerCli.start(List.of(DockerCli.binary(), "logs", "-f", "quiet"));
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(follow.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("ready", CompletableFuture.supplyAsync(() -> lines.lines().findFirst().orElse(""))
                    .get(DEADLINE.toSeconds(), TimeUnit.SECONDS));
            waitFor("a worker follows the log", () -> StreamLeftovers.workersIn("LogRoutes") == 1);
        } finally {
            follow.destroyForcibly().waitFor(DEADLINE.toSeconds(), TimeUnit.SECONDS);
        }
        waitFor("the worker is free once the client is gone", () -> StreamLeftovers.workersIn("LogRoutes") == 0);
        assertEquals("running", docker("inspect", "-f", "{{.State.Status}}", "quiet").output().trim());
        assertEquals(0, docker("rm", "-f", "quiet").exit());
    }

    @Test
    public void loadTakesAnArchiveLargerThanTheJsonBodyLimit() throws Exception {
        Path dir = Files.createDirectories(Path.of(System.getProperty("gantry.it.dataRoot"), "load-" + System.nanoTime()));
        Path archive = BigLayerArchive.write(dir, "big-layer:1", 24 * 1024 * 1024);
        try {
            Cli load = docker("load", "-i", archive.toString());
            assertEquals(load.output(), 0, load.exit());
            assertTrue(load.output(), load.output().contains("Loaded image: big-layer:1"));
            Cli size = docker("image", "inspect", "-f", "{{.Size}}", "big-layer:1");
            assertTrue(size.output(), Long.parseLong(size.output().trim()) >= 24L * 1024 * 1024);
        } finally {
            docker("rmi", "big-layer:1");
            Files.walk(dir).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private Cli dockerWithInput(String input, String... args) throws Exception {
        return cli.runWithInput(input, args);
    }
}
