package io.gantry.shim.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.FailedPreconditionException;
import io.gantry.api.GantryException;
import io.gantry.api.NotFoundException;
import io.gantry.api.container.StdioStream;
import io.gantry.api.oci.Process;
import io.gantry.api.shim.ExecProcess;
import io.gantry.api.shim.ExecRequest;
import io.gantry.api.shim.ShimRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Processes run in running containers, each under a conmon of its own. */
class ExecTest extends RealShimTest {
    /** Its attach socket's path is longer than a sockaddr_un holds. */
    private static final String LONG_EXEC_ID = "e1-" + "0123456789abcdef".repeat(6);

    @Test
    void attachedExecSeparatesItsStreamsAndReportsItsExitCode() throws Exception {
        ShimRequest container = runSleeping(false);
        ExecProcess exec = shim.exec(exec(container, LONG_EXEC_ID, false, "sh", "-c", "echo out; echo err >&2; exit 5"),
                true);
        OutputCollector output = OutputCollector.of(exec.stdio());

        assertEquals(5, exec.exit().get(10, TimeUnit.SECONDS));
        output.awaitEnd();
        assertTrue(exec.pid() > 0);
        assertEquals("out\n", output.stdout());
        assertEquals("err\n", output.stderr());
        exec.stdio().close();
        assertFalse(Files.exists(execFolder(container, LONG_EXEC_ID)), "the exec's folder is removed once it ended");
        assertTrue(shim.isAlive(container.containerId()));
        assertNull(exited.poll(), "an exec's end is no container exit");
    }

    @Test
    void execWithTerminalTakesInputAndResizes() throws Exception {
        ShimRequest container = runSleeping(true);
        ExecProcess exec = shim.exec(exec(container, "e2", true, "sh"), true);
        StdioStream stdio = exec.stdio();
        OutputCollector output = OutputCollector.of(stdio);

        exec.resize(21, 66);
        byte[] input = "stty size; exit 3\n".getBytes(StandardCharsets.UTF_8);
        stdio.write(input, 0, input.length);
        assertEquals(3, exec.exit().get(10, TimeUnit.SECONDS));
        output.awaitEnd();
        assertTrue(output.stdout().contains("21 66\r\n"), output.stdout());
        assertEquals("", output.stderr());
        assertThrows(FailedPreconditionException.class, () -> exec.resize(10, 10));
        stdio.close();
    }

    @Test
    void detachedExecRunsToItsEnd() throws Exception {
        ShimRequest container = runSleeping(false);
        ExecProcess exec = shim.exec(exec(container, "e3", false, "touch", "/tmp/x"), false);

        assertNull(exec.stdio());
        assertEquals(0, exec.exit().get(10, TimeUnit.SECONDS));
        assertTrue(Files.exists(container.bundleDir().resolve("rootfs/tmp/x")));
        assertFalse(Files.exists(execFolder(container, "e3")));
    }

    @Test
    void failedExecLeavesNothingBehind() throws Exception {
        ShimRequest container = runSleeping(false);
        GantryException e = assertThrows(GantryException.class,
                () -> shim.exec(exec(container, "e4", false, "/no/such/tool"), true));

        assertTrue(e.getMessage().startsWith("cannot start exec e4 in container " + container.containerId() + ": "),
                e.getMessage());
        assertTrue(e.getMessage().contains("/no/such/tool"), e.getMessage());
        assertFalse(Files.exists(execFolder(container, "e4")));
        assertEquals(List.of(), execConmons(container.containerId()));
    }

    @Test
    void refusesStoppedAndUnknownContainers() throws Exception {
        ShimRequest request = request(List.of("true"));
        String id = request.containerId();
        run(request);
        assertEquals(id, exited.poll(10, TimeUnit.SECONDS));

        FailedPreconditionException stopped = assertThrows(FailedPreconditionException.class,
                () -> shim.exec(exec(request, "e5", false, "true"), true));
        assertEquals("cannot exec in container " + id + ": it is stopped, not running", stopped.getMessage());
        assertThrows(NotFoundException.class, () -> shim.exec(new ExecRequest("gt-unknown", "e6",
                request.bundleDir(), runtime, process(false, "true"), false), false));
        assertFalse(Files.exists(execFolder(request, "e5").getParent()));
        assertEquals(List.of(), execConmons(id));
    }

    private ShimRequest runSleeping(boolean tty) throws Exception {
        ShimRequest request = request(List.of("sleep", "30"), tty, false);
        run(request);
        return request;
    }

    private ExecRequest exec(ShimRequest container, String execId, boolean tty, String... args) {
        return new ExecRequest(container.containerId(), execId, container.bundleDir(), runtime, process(tty, args),
                tty);
    }

    private static Process process(boolean tty, String... args) {
        Process process = new Process();
        process.terminal = tty;
        process.args.addAll(List.of(args));
        process.env.add("PATH=/bin");
        return process;
    }

    private Path execFolder(ShimRequest container, String execId) {
        return runRoot.resolve("shim").resolve(container.containerId()).resolve("exec").resolve(execId);
    }

    private static List<Integer> execConmons(String id) throws Exception {
        return ShimFixture.conmonsOf(id).stream()
                .filter(pid -> ConmonProcesses.arguments(pid).contains("--exec")).toList();
    }
}
