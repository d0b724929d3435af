package io.gantry.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.gantry.itests.DockerCli.Cli;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The docker CLI in a real terminal (tmux, 120 x 40): run -it, exec -it, start -ai and attach show the terminal, its
 * size and its resizes, pass Ctrl-C on, detach with the detach keys and return the exit code; piped runs return
 * theirs; a client that goes leaves nothing behind; and the WebSocket attach.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TerminalIT extends DockerCliTestSupport {
    private static final String PROMPT = "/ # ";
    private final List<TmuxTerminal> terminals = new ArrayList<>();

    private TmuxTerminal terminal(String dockerArgs) throws Exception {
        TmuxTerminal terminal = TmuxTerminal.start(TmuxTerminal.docker(dockerArgs), 120, 40, DEADLINE);
        terminals.add(terminal);
        return terminal;
    }

    @After
    public void closeTerminals() throws Exception {
        for (TmuxTerminal terminal : terminals) {
            terminal.close();
        }
    }

    private String state(String container) throws Exception {
        return docker("inspect", "-f", "{{.State.Status}}", container).output().trim();
    }

    @Test
    public void aFastProcessShowsItsOutputAndTheClientReturns() throws Exception {
        TmuxTerminal run = terminal("run -it --rm busybox sh -c 'tty; exit 2'");
        assertEquals(2, run.awaitExit());
        assertTrue(run.screen(), run.screen().contains("/dev/pts/0"));
    }

    @Test
    public void runItShowsTheTerminalAndItsSizeAndReturnsTheExitCode() throws Exception {
        TmuxTerminal run = terminal("run -it --name shell busybox sh");
        run.await(PROMPT);
        run.typeLine("tty; stty size; exit 3");
        assertEquals(3, run.awaitExit());
        String screen = run.screen();
        assertTrue(screen, screen.contains("/dev/pts/0"));
        assertTrue(screen, screen.contains("\n40 120"));
        assertEquals("exited", state("shell"));
    }

    @Test
    public void aResizeOfTheWindowReachesTheContainer() throws Exception {
        TmuxTerminal run = terminal("run -it --rm busybox sh");
        run.await(PROMPT);
        // the CLI watches the window only from a moment after the prompt shows: until a resize is seen, resize again
        waitFor("a first resize reaches the container", () -> {
            run.resize(109, 35);
            run.resize(110, 35);
            run.typeLine("stty size");
            return run.screen().contains("\n35 110");
        });
        run.resize(100, 30);
        waitFor("stty size shows the new size", () -> {
            run.typeLine("stty size");
            return run.screen().contains("\n30 100");
        });
        run.typeLine("exit");
        assertEquals(0, run.awaitExit());
    }

    @Test
    public void ctrlCInterruptsTheForegroundProcess() throws Exception {
        TmuxTerminal run = terminal("run -it --rm --name sleeper busybox sh");
        run.await(PROMPT);
        run.typeLine("sleep 100; echo slept-$((50+50))");
        waitFor("sleep runs", () -> runs("sleeper", "sleep 100"));
        run.keys("C-c");
        run.typeLine("echo after-$((6*7))");
        String screen = run.await("after-42");
        assertFalse(screen, screen.contains("slept-100"));
        run.typeLine("exit 0");
        assertEquals(0, run.awaitExit());
    }

    /** Whether a process of the container runs exactly {@code command}. */
    private boolean runs(String container, String command) throws Exception {
        return docker("top", container).output().lines().anyMatch(line -> line.endsWith(" " + command));
    }

    @Test
    public void ctrlCWithoutATerminalIsSentAsSigintUnlessTheSignalProxyIsOff() throws Exception {
        String script = "'trap \"echo got-int; exit 42\" INT; echo ready; while true; do sleep 0.1; done'";
        TmuxTerminal proxied = terminal("run -i --rm busybox sh -c " + script);
        proxied.await("ready");
        proxied.keys("C-c");
        assertEquals(42, proxied.awaitExit());
        assertTrue(proxied.screen(), proxied.screen().contains("got-int"));
        TmuxTerminal unproxied = terminal("run -i --sig-proxy=false --name kept busybox sh -c " + script);
        unproxied.await("ready");
        // the 20.10 CLI ends at the first Ctrl-C, the 28 CLI at the third
        for (int press = 0; press < 3 && !unproxied.shows("[exit ", Duration.ofSeconds(1)); press++) {
            unproxied.keys("C-c");
        }
        assertTrue("the CLI alone ends", unproxied.awaitExit() != 42);
        assertFalse(unproxied.screen(), unproxied.screen().contains("got-int"));
        assertEquals("running", state("kept"));
    }

    @Test
    public void theDetachKeysLeaveTheContainerRunningAndAttachTypesAgain() throws Exception {
        TmuxTerminal run = terminal("run -it --name box busybox sh");
        run.await(PROMPT);
        run.keys("C-p", "C-q");
        assertEquals(0, run.awaitExit());
        assertEquals("running", state("box"));
        TmuxTerminal again = terminal("attach --detach-keys ctrl-x,x box");
        again.typeLine("echo back-$((1+1))");
        again.await("back-2");
        again.keys("C-x", "x");
        again.awaitExit();
        assertEquals("running", state("box"));
        TmuxTerminal last = terminal("attach box");
        last.typeLine("exit 9");
        assertEquals(9, last.awaitExit());
        waitFor("the container exited", () -> state("box").equals("exited"));
    }

    @Test
    public void execItHasATerminalOfTheWindowsSizeThatFollowsResizesAndCtrlC() throws Exception {
        assertEquals(0, docker("run", "-d", "--name", "host", "busybox", "sleep", "1000").exit());
        TmuxTerminal exec = terminal("exec -it host sh");
        exec.await(PROMPT);
        exec.typeLine("tty; stty size");
        exec.await("\n40 120");
        exec.resize(90, 25);
        waitFor("stty size shows the new size", () -> {
            exec.typeLine("stty size");
            return exec.screen().contains("\n25 90");
        });
        exec.typeLine("sleep 100; echo slept-$((50+50))");
        waitFor("sleep runs", () -> runs("host", "sleep 100"));
        exec.keys("C-c");
        exec.typeLine("echo after-$((6*7))");
        assertFalse(exec.await("after-42").contains("slept-100"));
        exec.typeLine("exit 4");
        assertEquals(4, exec.awaitExit());
        assertTrue(exec.screen(), exec.screen().contains("/dev/pts/"));
        assertEquals("running", state("host"));
    }

    @Test
    public void startAiAttachesBeforeTheStart() throws Exception {
        assertEquals(0, docker("create", "-it", "--name", "once", "busybox", "sh", "-c",
                "echo started-$((2+3)); exit 7").exit());
        TmuxTerminal start = terminal("start -ai once");
        assertEquals(7, start.awaitExit());
        assertTrue(start.screen(), start.screen().contains("started-5"));
        assertEquals(0, docker("create", "-i", "--name", "piped", "busybox", "sh", "-c", "cat; exit 8").exit());
        Cli piped = cli.runWithInput("fed through start\n", "start", "-ai", "piped");
        assertEquals(piped.output(), 8, piped.exit());
        assertEquals("fed through start", piped.output().trim());
    }

    @Test
    public void runIReturnsTheExitCodeWithStdinPipedOrEmpty() throws Exception {
        Cli piped = cli.runWithInput("hello\n", "run", "-i", "--rm", "busybox", "sh", "-c", "cat; exit 5");
        assertEquals(piped.output(), 5, piped.exit());
        assertEquals("hello", piped.output().trim());
        Cli empty = docker("run", "-i", "--rm", "busybox", "sh", "-c", "cat; echo stdin-ended; exit 6");
        assertEquals(empty.output(), 6, empty.exit());
        assertEquals("stdin-ended", empty.output().trim());
        Cli closedEarly = cli.withInput(DockerCli.command("run", "-i", "--rm", "busybox", "sh", "-c",
                "read line; echo got-$line; sleep 1; exit 11"), "one\n", true);
        assertEquals(closedEarly.output(), 11, closedEarly.exit());
        assertEquals("got-one", closedEarly.output().trim());
    }

    @Test
    public void execIReturnsTheExitCodeWithStdinPipedOrEmpty() throws Exception {
        assertEquals(0, docker("run", "-d", "--name", "host", "busybox", "sleep", "1000").exit());
        Cli piped = cli.runWithInput("into exec\n", "exec", "-i", "host", "sh", "-c", "cat; exit 12");
        assertEquals(piped.output(), 12, piped.exit());
        assertEquals("into exec", piped.output().trim());
        Cli empty = docker("exec", "-i", "host", "sh", "-c", "cat; echo exec-stdin-ended; exit 13");
        assertEquals(empty.output(), 13, empty.exit());
        assertEquals("exec-stdin-ended", empty.output().trim());
    }

    @Test
    public void aKilledAttachClientAndLogsFollowLeaveNothingBehind() throws Exception {
        Cli run = docker("run", "-d", "-it", "--name", "quiet", "busybox", "sh");
        assertEquals(run.output(), 0, run.exit());
        String id = run.output().trim();
        TmuxTerminal attached = terminal("attach quiet");
        Process logs = DockerCli.start(DockerCli.command("logs", "-f", "quiet"));
        try {
            waitFor("an attach is served", () -> StreamLeftovers.workersIn("AttachRoute") == 1
                    && StreamLeftovers.stdinRelays() == 1 && StreamLeftovers.conmonAttachConnections(id) == 1);
            waitFor("a log is followed", () -> StreamLeftovers.workersIn("LogRoutes") == 1);
        } finally {
            // the terminal goes, and the CLI in it with a hang-up
            attached.close();
            logs.destroyForcibly().waitFor(DEADLINE.toSeconds(), TimeUnit.SECONDS);
        }
        waitFor("nothing is left of either", () -> StreamLeftovers.workersIn("AttachRoute") == 0
                && StreamLeftovers.workersIn("LogRoutes") == 0 && StreamLeftovers.stdinRelays() == 0
                && StreamLeftovers.conmonAttachConnections(id) == 0);
        assertEquals("running", state("quiet"));
        Process silent = DockerCli.start(DockerCli.command("attach", "--no-stdin", "quiet"));
        try {
            waitFor("an attach without stdin is served", () -> StreamLeftovers.conmonAttachConnections(id) == 1);
        } finally {
            silent.destroyForcibly().waitFor(DEADLINE.toSeconds(), TimeUnit.SECONDS);
        }
        waitFor("released after its half-close too", () -> StreamLeftovers.conmonAttachConnections(id) == 0
                && StreamLeftovers.workersIn("AttachRoute") == 0);
    }

    @Test
    public void theWebSocketAttachCarriesATerminalAndPlainStreams() throws Exception {
        assertEquals(0, docker("run", "-d", "-it", "--name", "wsh", "busybox", "sh").exit());
        Path socket = Path.of(System.getProperty("gantry.it.runRoot"), "gantry.sock");
        try (AttachWebSocket ws = AttachWebSocket.open(socket, "/v1.41/containers/wsh/attach/ws?stream=1")) {
            ws.send("echo ws-$((3*4))\n");
            waitFor("the terminal's answer", () -> ws.received().contains("ws-12"));
            ws.send("exit 3\n");
            waitFor("the server closes the WebSocket with the end of the process", () -> ws.closeCode() == 1000);
        }
        waitFor("the shell exited", () -> state("wsh").equals("exited"));
        assertEquals(0, docker("run", "-d", "-i", "--name", "wcat", "busybox", "sh", "-c",
                "echo to-stderr >&2; cat").exit());
        try (AttachWebSocket ws = AttachWebSocket.open(socket, "/containers/wcat/attach/ws?logs=1&stream=1")) {
            waitFor("stderr, raw", () -> ws.received().equals("to-stderr\n"));
            ws.send("piped-in\n");
            waitFor("cat echoes stdin", () -> ws.received().equals("to-stderr\npiped-in\n"));
            ws.sendClose();
            waitFor("the server answers the close", () -> ws.closeCode() == 1000 && ws.ended());
        }
        String id = docker("inspect", "-f", "{{.Id}}", "wcat").output().trim();
        waitFor("the attach is released", () -> StreamLeftovers.conmonAttachConnections(id) == 0);
    }
}
