package io.gantry.shell.internal.container;

import static io.gantry.shell.internal.KarafParsing.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.ExitStatus;
import io.gantry.api.container.Mount;
import io.gantry.api.container.VolumeOptions;
import io.gantry.api.container.monitor.LogEntry;
import io.gantry.api.container.monitor.LogOptions;
import io.gantry.shell.internal.CapturedConsole;
import io.gantry.testkit.fake.FakeContainers;
import io.gantry.testkit.fake.FakeMonitor;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RunCommandTest {
    private static final String ID = FakeContainers.id(1);

    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();
    private final FakeContainers containers = new FakeContainers();
    private final FakeMonitor monitor = new FakeMonitor(containers);

    private RunCommand command(String... args) throws Exception {
        RunCommand run = parse(new RunCommand(), args);
        run.containers = containers;
        run.monitor = monitor;
        return run;
    }

    /** A followed container ends with exit code 0 once its log is read to the end. */
    @BeforeEach
    void exitAfterTheLog() {
        monitor.exitAfterLog = new ExitStatus(0, false);
    }

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void foregroundWaitsForTheExitBeforeStartingThenStreamsTheOutput() throws Exception {
        monitor.log.addAll(List.of(
                entry(LogEntry.Stream.STDOUT, "hi", false),
                entry(LogEntry.Stream.STDERR, "warn: ", true),
                entry(LogEntry.Stream.STDERR, "low disk", false),
                entry(LogEntry.Stream.STDOUT, "prompt> ", true)));

        assertNull(command("busybox", "sh", "-c", "echo hi").execute());

        assertEquals(List.of("create busybox", "waitFor " + ID + " NEXT_EXIT", "start " + ID, "logs " + ID),
                containers.calls);
        assertEquals(LogOptions.FOLLOW, monitor.logOptions);
        assertEquals(List.of("sh", "-c", "echo hi"), containers.created.get(0).cmd());
        assertEquals("hi\nprompt> ", console.out());
        assertEquals("warn: low disk\n", console.err());
    }

    @Test
    void reportsANonZeroExitAndTheOomKillerOnStderr() throws Exception {
        monitor.exitAfterLog = new ExitStatus(137, true);
        command("busybox", "false").execute();
        assertEquals("container was killed by the OOM killer\nexit code: 137\n", console.err());
        assertEquals("", console.out());
    }

    @Test
    void detachedStartsAndPrintsTheFullId() throws Exception {
        command("-d", "--rm", "busybox", "sleep", "60").execute();
        assertEquals(List.of("create busybox", "start " + ID), containers.calls);
        assertTrue(containers.created.get(0).autoRemove());
        assertEquals(ID + "\n", console.out());
    }

    @Test
    void volumeOptionsSetExactlyTheirMountsAndTheVolumeDriver() throws Exception {
        command("-d", "-v", "db:/data", "--mount", "target=/cache,volume-nocopy", "--volume-driver", "nfs",
                "busybox").execute();
        command("-d", "busybox").execute();
        ContainerConfig expected = containers.created.get(1).toBuilder()
                .mounts(List.of(Mount.volume("db", "/data", false, null), Mount.volume(null, "/cache", false,
                        new VolumeOptions(true, null, Map.of(), Map.of()))))
                .volumeDriver("nfs")
                .build();
        assertEquals(expected, containers.created.get(0));
    }

    @Test
    void withoutRmTheContainerIsKept() throws Exception {
        command("busybox").execute();
        assertFalse(containers.created.get(0).autoRemove());
        assertNull(containers.created.get(0).cmd());
    }

    @Test
    void interruptStopsFollowingAndLeavesTheContainerRunning() throws Exception {
        monitor.log.addAll(List.of(entry(LogEntry.Stream.STDOUT, "tick", false),
                entry(LogEntry.Stream.STDOUT, "tock", false)));
        Thread.currentThread().interrupt();
        command("busybox", "top").execute();
        assertEquals(1, monitor.logEntriesTaken.get());
        assertEquals("", console.out());
        assertEquals("", console.err());
        assertFalse(containers.exit.isDone());
        assertFalse(containers.calls.stream().anyMatch(c -> c.startsWith("stop") || c.startsWith("kill")));
    }

    @Test
    void karafKeepsDashesAfterTheImageForTheContainersCommand() throws Exception {
        RunCommand run = command("-e", "A=b", "--name", "web", "busybox", "ls", "-l", "/", "--rm", "-d");
        assertEquals("busybox", run.image);
        assertEquals(List.of("ls", "-l", "/", "--rm", "-d"), run.command);
        assertFalse(run.autoRemove);
        assertFalse(run.detach);
        assertEquals("web", run.name);
    }

    @Test
    void everyOptionReachesTheConfig() throws Exception {
        RunCommand run = command("--name", "web", "-h", "box", "-e", "A=1", "--env=HOME", "-w", "/srv", "-u", "1000:1000",
                "--entrypoint", "/bin/sh", "-t", "-l", "tier=web", "--label", "canary", "-m", "6m",
                "--memory-swap", "-1", "--cpus", "1.5", "--cpu-shares", "512", "--pids-limit", "64", "--pid", "host",
                "--ipc", "container:db", "--uts", "private", "--net", "none", "--runtime", "crun", "--userns",
                "--stop-timeout", "3", "--stop-signal", "SIGINT", "busybox", "-c", "echo hi");
        run.environment = name -> name.equals("HOME") ? "/root" : null;
        run.execute();

        ContainerConfig c = containers.created.get(0);
        assertEquals("busybox", c.image());
        assertEquals("web", c.name());
        assertEquals("box", c.hostname());
        assertEquals(List.of("A=1", "HOME=/root"), c.env());
        assertEquals("/srv", c.workingDir());
        assertEquals("1000:1000", c.user());
        assertEquals(List.of("/bin/sh"), c.entrypoint());
        assertEquals(List.of("-c", "echo hi"), c.cmd());
        assertTrue(c.tty());
        assertEquals(java.util.Map.of("tier", "web", "canary", ""), c.labels());
        assertEquals(6L * 1024 * 1024, c.resources().memoryBytes());
        assertEquals(-1L, c.resources().memorySwapBytes());
        assertEquals(1_500_000_000L, c.resources().nanoCpus());
        assertEquals(512L, c.resources().cpuShares());
        assertEquals(64L, c.resources().pidsLimit());
        assertEquals("host", c.pidMode().toString());
        assertEquals("container:db", c.ipcMode().toString());
        assertEquals("private", c.utsMode().toString());
        assertEquals("none", c.networkMode());
        assertEquals("crun", c.runtime());
        assertTrue(c.userns());
        assertEquals(3, c.stopTimeoutSeconds());
        assertEquals("SIGINT", c.stopSignal());
    }

    @Test
    void emptyEntrypointClearsTheImagesEntrypoint() throws Exception {
        command("--entrypoint", "", "busybox", "date").execute();
        assertEquals(List.of(), containers.created.get(0).entrypoint());
    }

    @Test
    void badInputFailsBeforeAnythingIsCreated() throws Exception {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, command("-m", "lots", "busybox")::execute);
        assertEquals("invalid memory size 'lots': expected a number with an optional unit b, k, m or g, e.g. 512m",
                e.getMessage());
        assertThrows(InvalidArgumentException.class, command("--pid", "shared", "busybox")::execute);
        assertEquals(List.of(), containers.calls);
    }

    private static LogEntry entry(LogEntry.Stream stream, String text, boolean partial) {
        return new LogEntry(stream, Instant.parse("2024-05-01T12:00:00Z"), text, partial);
    }
}
