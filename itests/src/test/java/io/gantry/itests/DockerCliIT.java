package io.gantry.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.gantry.api.container.Container;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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

    @Before
    public void awaitTheDaemon() throws Exception {
        waitFor("the daemon answers on its socket", () -> docker("version").exit == 0);
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
        assertEquals(version.output, 0, version.exit);
        assertEquals("1.41", version.output.trim());
        Cli info = docker("info", "--format", "{{.OSType}} {{.Driver}} {{.DefaultRuntime}}");
        assertEquals(info.output, 0, info.exit);
        assertEquals("linux overlay runc", info.output.trim());
    }

    @Test
    public void runPrintsOutputAndPropagatesExitCodes() throws Exception {
        Cli hi = docker("run", "--rm", "busybox", "echo", "hi");
        assertEquals(hi.output, 0, hi.exit);
        assertEquals("hi", hi.output.trim());
        Cli three = docker("run", "--rm", "busybox", "sh", "-c", "exit 3");
        assertEquals(three.output, 3, three.exit);
        waitFor("--rm removed both", () -> containers.list(true).isEmpty());
    }

    @Test
    public void detachedContainerListsLogsStopsAndRemoves() throws Exception {
        assertEquals(0, docker("run", "-d", "--name", "web", "busybox", "sh", "-c",
                "echo started; exec sleep 300").exit);
        Cli ps = docker("ps", "--format", "{{.Names}} {{.Status}}");
        assertTrue(ps.output, ps.output.startsWith("web Up"));
        waitFor("the log line", () -> docker("logs", "web").output.contains("started"));
        Cli inspect = docker("inspect", "--format", "{{.State.Running}} {{.Name}}", "web");
        assertEquals("true /web", inspect.output.trim());
        Cli stats = docker("stats", "--no-stream", "--format", "{{.Name}} {{.PIDs}}", "web");
        assertEquals(stats.output, "web 1", stats.output.trim());
        long started = System.nanoTime();
        assertEquals(0, docker("stop", "-t", "1", "web").exit);
        assertTrue("stop ended within its timeout", System.nanoTime() - started < TimeUnit.SECONDS.toNanos(8));
        assertTrue(docker("ps", "-a", "--format", "{{.Status}}").output.startsWith("Exited (137)"));
        assertEquals(0, docker("rm", "web").exit);
        assertEquals("", docker("ps", "-aq").output.trim());
    }

    @Test
    public void forceRemovesARunningContainerAndEventsShowStartAndDie() throws Exception {
        long since = System.currentTimeMillis() / 1000 - 1;
        assertEquals(0, docker("run", "-d", "--name", "doomed", "busybox", "sleep", "300").exit);
        assertEquals(0, docker("rm", "-f", "doomed").exit);
        assertEquals("", docker("ps", "-aq").output.trim());
        long until = System.currentTimeMillis() / 1000 + 1;
        Cli events = docker("events", "--since", Long.toString(since), "--until", Long.toString(until),
                "--format", "{{.Action}}");
        List<String> actions = events.output.lines().toList();
        assertTrue(events.output, actions.contains("start") && actions.contains("die") && actions.contains("destroy"));
    }

    private record Cli(int exit, String output) {
    }

    private Cli docker(String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(dockerBinary());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().put("DOCKER_HOST", "unix://" + System.getProperty("gantry.it.runRoot") + "/gantry.sock");
        builder.environment().put("DOCKER_CONFIG", System.getProperty("gantry.it.dataRoot") + "/docker-cli");
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(DEADLINE.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("docker " + String.join(" ", args) + " did not finish");
        }
        return new Cli(process.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    /** Debian's docker.io CLI (20.10) when installed, else the one on PATH. */
    private static String dockerBinary() {
        return new File("/usr/bin/docker").canExecute() ? "/usr/bin/docker" : "docker";
    }
}
