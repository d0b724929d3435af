package io.gantry.testkit.conformance;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.ConflictException;
import io.gantry.api.FailedPreconditionException;
import io.gantry.api.GantryException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.NotFoundException;
import io.gantry.api.container.attach.StdioStream;
import io.gantry.api.oci.Process;
import io.gantry.api.oci.Spec;
import io.gantry.api.runtime.OciRuntime;
import io.gantry.api.runtime.RuntimeState;
import io.gantry.api.shim.ExecProcess;
import io.gantry.api.shim.ExecRequest;
import io.gantry.api.shim.ShimManager;
import io.gantry.api.shim.ShimProcess;
import io.gantry.api.shim.ShimRequest;
import io.gantry.testkit.Await;
import io.gantry.testkit.BusyboxBundle;
import io.gantry.testkit.OutputCollector;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The behaviour every {@link ShimManager} must have, run as root with a real OCI runtime and busybox containers.
 * The shim creates each container; the test then starts it through the runtime, as the engine does. After each test
 * every container is force-deleted in the runtime and cleaned up in the shim, and its monitor must be gone.
 */
public abstract class ShimManagerConformanceTest {
    private static final int WAIT_SECONDS = 10;

    @TempDir
    protected Path temp;
    protected Path runRoot;
    protected OciRuntime runtime;
    protected ShimManager shim;
    /** The ids the exit listener of {@link #shim} was called with, in order. */
    protected final BlockingQueue<String> exited = new LinkedBlockingQueue<>();
    private final Consumer<String> listener = exited::add;
    private final List<String> ids = new ArrayList<>();

    /** The shim manager under test, keeping its files under {@code runRoot}. */
    protected abstract ShimManager createShim(Path runRoot);

    /** The runtime its containers run in, keeping its state under {@code runRoot}. */
    protected abstract OciRuntime createRuntime(Path runRoot);

    /**
     * Lets go of a shim manager as its bundle's deactivation would, leaving its monitors running. Defaults to
     * nothing.
     */
    protected void release(ShimManager shim) {
    }

    @BeforeEach
    void createShimAndRuntime() {
        runRoot = temp.resolve("run");
        runtime = createRuntime(runRoot);
        shim = createShim(runRoot);
        shim.addExitListener(listener);
    }

    @AfterEach
    void deleteContainersAndCheckTheirMonitorsEnded() {
        try {
            for (String id : ids) {
                runtime.delete(id, true);
            }
            for (String id : ids) {
                Await.until("the monitor of " + id + " to end", () -> !shim.isAlive(id));
                shim.cleanup(id);
                assertEquals(Optional.empty(), shim.exitCode(id), id + " is forgotten");
            }
        } finally {
            release(shim);
        }
    }

    /** A request for a new busybox container running {@code args}, logging to a file of its own. */
    protected ShimRequest request(List<String> args, boolean tty, boolean stdin) {
        String id = "gt-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        ids.add(id);
        Spec spec = BusyboxBundle.spec(args, null);
        Path bundle = BusyboxBundle.write(temp.resolve(id), tty ? BusyboxBundle.withTerminal(spec) : spec);
        return new ShimRequest(id, "name-" + id, bundle, runtime, temp.resolve(id + ".log"), tty, stdin);
    }

    protected ShimRequest request(String... args) {
        return request(List.of(args), false, false);
    }

    /** Has the shim create the container, then starts it as the engine would. */
    protected ShimProcess run(ShimRequest request) {
        ShimProcess process = shim.start(request);
        runtime.start(request.containerId());
        return process;
    }

    /** Runs a container of {@code args} and waits until the shim reports its exit. */
    protected ShimRequest runToItsEnd(String... args) throws InterruptedException {
        ShimRequest request = request(args);
        run(request);
        awaitExit(request.containerId());
        return request;
    }

    protected void awaitExit(String id) throws InterruptedException {
        assertEquals(id, exited.poll(WAIT_SECONDS, TimeUnit.SECONDS), "the exit listener is told " + id + " exited");
    }

    @Test
    void hasAName() {
        assertFalse(shim.name().isBlank());
    }

    @Test
    void startReturnsOnceTheRuntimeCreatedTheContainer() {
        ShimRequest request = request("sleep", "30");
        String id = request.containerId();
        ShimProcess process = shim.start(request);

        RuntimeState state = runtime.state(id);
        assertEquals("created", state.status());
        assertEquals(id, process.containerId());
        assertEquals(state.pid(), process.containerPid());
        assertTrue(process.shimPid() > 0 && process.shimPid() != process.containerPid(), process.toString());
        assertTrue(shim.isAlive(id));
        assertEquals(Optional.empty(), shim.exitCode(id));
    }

    @Test
    void recordsTheExitCodeAndLogsTheOutput() throws Exception {
        ShimRequest request = runToItsEnd("sh", "-c", "echo hello; exit 3");
        assertEquals(Optional.of(3), shim.exitCode(request.containerId()));
        String log = Files.readString(request.logPath());
        assertTrue(log.lines().anyMatch(line -> line.matches("\\S+ stdout F hello")), "k8s-file log: " + log);
        assertNull(exited.poll(), "one exit is reported once");
    }

    @Test
    void monitorsAContainerUntilItIsKilled() throws Exception {
        ShimRequest request = request("sleep", "30");
        String id = request.containerId();
        run(request);
        assertEquals(Optional.empty(), shim.exitCode(id));
        assertTrue(shim.isAlive(id));

        runtime.kill(id, 9, false);
        awaitExit(id);
        assertEquals(Optional.of(128 + 9), shim.exitCode(id));
        Await.until("the monitor of " + id + " to end", () -> !shim.isAlive(id));
    }

    @Test
    void removedExitListenersAreNotCalled() throws Exception {
        BlockingQueue<String> removed = new LinkedBlockingQueue<>();
        BlockingQueue<String> last = new LinkedBlockingQueue<>();
        Consumer<String> other = removed::add;
        shim.addExitListener(other);
        shim.addExitListener(last::add);
        shim.removeExitListener(other);
        ShimRequest request = runToItsEnd("true");
        assertEquals(request.containerId(), last.poll(WAIT_SECONDS, TimeUnit.SECONDS), "the listener added last");
        assertEquals(List.of(), List.copyOf(removed));
    }

    @Test
    void givesTheContainerATerminalWhenAsked() throws Exception {
        ShimRequest request = request(List.of("sh", "-c", "[ -t 1 ] && echo on a tty"), true, false);
        run(request);
        awaitExit(request.containerId());
        assertEquals(Optional.of(0), shim.exitCode(request.containerId()));
        assertTrue(Files.readString(request.logPath()).contains("on a tty"), Files.readString(request.logPath()));
    }

    @Test
    void aFailedCreateCarriesTheRuntimesMessageAndLeavesNothing() {
        ShimRequest request = request("/nonexistent");
        String id = request.containerId();
        GantryException e = assertThrows(GantryException.class, () -> shim.start(request));
        assertTrue(e.getMessage().contains(id) && e.getMessage().contains("/nonexistent"), e.getMessage());
        assertFalse(shim.isAlive(id), "no monitor is left");
        assertEquals(Optional.empty(), shim.exitCode(id));
        assertThrows(NotFoundException.class, () -> runtime.state(id), "no container is left in the runtime");
    }

    @Test
    void refusesASecondMonitorForALiveContainer() {
        ShimRequest request = request("sleep", "30");
        shim.start(request);
        assertThrows(ConflictException.class, () -> shim.start(request));
        assertTrue(shim.isAlive(request.containerId()), "the first monitor is left alone");
        assertEquals("created", runtime.state(request.containerId()).status());
    }

    @Test
    void attachSendsStdinAndSeparatesStdoutFromStderr() throws Exception {
        ShimRequest request = request(List.of("sh", "-c", "read x; echo got:$x; echo err >&2"), false, true);
        shim.start(request);
        try (StdioStream stdio = shim.attach(request.containerId())) {
            OutputCollector output = OutputCollector.of(stdio);
            runtime.start(request.containerId());
            write(stdio, "hello\n");
            output.awaitEnd();
            assertEquals("got:hello\n", output.stdout());
            assertEquals("err\n", output.stderr());
        }
        awaitExit(request.containerId());
        assertEquals(Optional.of(0), shim.exitCode(request.containerId()));
    }

    @Test
    void closingStdinGivesTheContainerEndOfFile() throws Exception {
        ShimRequest request = request(List.of("cat"), false, true);
        run(request);
        try (StdioStream stdio = shim.attach(request.containerId())) {
            OutputCollector output = OutputCollector.of(stdio);
            write(stdio, "echoed\n");
            output.awaitStdout("echoed\n");
            stdio.closeStdin();
            awaitExit(request.containerId());
            output.awaitEnd();
        }
        assertEquals(Optional.of(0), shim.exitCode(request.containerId()));
    }

    @Test
    void detachingLeavesTheContainerRunning() throws Exception {
        ShimRequest request = request("sleep", "30");
        run(request);
        StdioStream stdio = shim.attach(request.containerId());
        OutputCollector output = OutputCollector.of(stdio);
        stdio.close();
        output.awaitEnd();
        assertTrue(shim.isAlive(request.containerId()));
        assertEquals("running", runtime.state(request.containerId()).status());
    }

    @Test
    void resizesTheTerminal() throws Exception {
        ShimRequest request = request(List.of("sh"), true, true);
        shim.start(request);
        try (StdioStream stdio = shim.attach(request.containerId())) {
            OutputCollector output = OutputCollector.of(stdio);
            runtime.start(request.containerId());
            write(stdio, "echo h''i\n");
            output.awaitStdout("hi\r\n");
            shim.resize(request.containerId(), 33, 97);
            write(stdio, "stty size\n");
            output.awaitStdout("33 97\r\n");
            write(stdio, "exit 4\n");
            output.awaitEnd();
        }
        awaitExit(request.containerId());
        assertEquals(Optional.of(4), shim.exitCode(request.containerId()));
    }

    @Test
    void aTerminalTakesInputFromAClientThatAttachesAfterAnotherDetached() throws Exception {
        ShimRequest request = request(List.of("sh"), true, true);
        run(request);
        StdioStream first = shim.attach(request.containerId());
        OutputCollector firstOutput = OutputCollector.of(first);
        write(first, "echo fi''rst\n");
        firstOutput.awaitStdout("first\r\n");
        first.close();
        firstOutput.awaitEnd();
        try (StdioStream second = shim.attach(request.containerId())) {
            OutputCollector output = OutputCollector.of(second);
            write(second, "echo sec''ond; exit 5\n");
            output.awaitStdout("second\r\n");
            output.awaitEnd();
        }
        awaitExit(request.containerId());
        assertEquals(Optional.of(5), shim.exitCode(request.containerId()));
    }

    @Test
    void attachAndResizeNeedARunningContainer() throws Exception {
        String id = runToItsEnd("true").containerId();
        assertThrows(FailedPreconditionException.class, () -> shim.attach(id));
        assertThrows(FailedPreconditionException.class, () -> shim.resize(id, 10, 10));
        String unknown = "gt-unknown-" + UUID.randomUUID().toString().substring(0, 8);
        NotFoundException e = assertThrows(NotFoundException.class, () -> shim.attach(unknown));
        assertTrue(e.getMessage().contains(unknown), e.getMessage());
        assertThrows(NotFoundException.class, () -> shim.resize(unknown, 10, 10));
    }

    @Test
    void execRunsAProcessAndReportsItsOutputAndExitCode() throws Exception {
        ShimRequest container = request("sleep", "30");
        run(container);
        ExecProcess exec = shim.exec(exec(container, "e1", false, "sh", "-c", "echo out; echo err >&2; exit 5"), true);
        OutputCollector output = OutputCollector.of(exec.stdio());
        assertEquals(5, exec.exit().get(WAIT_SECONDS, TimeUnit.SECONDS));
        output.awaitEnd();
        exec.stdio().close();
        assertTrue(exec.pid() > 0);
        assertEquals("out\n", output.stdout());
        assertEquals("err\n", output.stderr());
        assertTrue(shim.isAlive(container.containerId()));
        assertNull(exited.poll(), "the end of an exec is no exit of the container");
    }

    @Test
    void execWithATerminalTakesInputAndResizes() throws Exception {
        ShimRequest container = request(List.of("sleep", "30"), true, false);
        run(container);
        ExecProcess exec = shim.exec(exec(container, "e2", true, "sh"), true);
        StdioStream stdio = exec.stdio();
        OutputCollector output = OutputCollector.of(stdio);
        exec.resize(21, 66);
        write(stdio, "stty size; exit 3\n");
        assertEquals(3, exec.exit().get(WAIT_SECONDS, TimeUnit.SECONDS));
        output.awaitEnd();
        stdio.close();
        assertTrue(output.stdout().contains("21 66\r\n"), output.stdout());
        assertThrows(FailedPreconditionException.class, () -> exec.resize(10, 10), "an exec that ended");
    }

    @Test
    void aDetachedExecRunsToItsEnd() throws Exception {
        ShimRequest container = request("sleep", "30");
        run(container);
        ExecProcess exec = shim.exec(exec(container, "e3", false, "touch", "/tmp/x"), false);
        assertNull(exec.stdio());
        assertEquals(0, exec.exit().get(WAIT_SECONDS, TimeUnit.SECONDS));
        assertTrue(Files.exists(container.bundleDir().resolve("rootfs/tmp/x")));
    }

    @Test
    void aFailedExecCarriesTheRuntimesMessage() throws Exception {
        ShimRequest container = request("sleep", "30");
        run(container);
        GantryException e = assertThrows(GantryException.class,
                () -> shim.exec(exec(container, "e4", false, "/no/such/tool"), true));
        assertTrue(e.getMessage().contains("/no/such/tool"), e.getMessage());
        assertTrue(shim.isAlive(container.containerId()));
    }

    @Test
    void execNeedsARunningContainer() throws Exception {
        ShimRequest request = runToItsEnd("true");
        assertThrows(FailedPreconditionException.class, () -> shim.exec(exec(request, "e5", false, "true"), true));
        ExecRequest unknown = new ExecRequest("gt-unknown-" + UUID.randomUUID().toString().substring(0, 8), "e6",
                request.bundleDir(), runtime, process(false, "true"), false);
        assertThrows(NotFoundException.class, () -> shim.exec(unknown, false));
    }

    @Test
    void cleanupForgetsAnExitedContainerAndIsIdempotent() throws Exception {
        String id = runToItsEnd("true").containerId();
        Await.until("the monitor of " + id + " to end", () -> !shim.isAlive(id));
        shim.cleanup(id);
        assertEquals(Optional.empty(), shim.exitCode(id));
        assertDoesNotThrow(() -> shim.cleanup(id), "a second cleanup");
        assertDoesNotThrow(() -> shim.cleanup("gt-never-started"), "a cleanup of a container it never had");
    }

    @Test
    void refusesToCleanUpAContainerThatRuns() {
        ShimRequest request = request("sleep", "30");
        run(request);
        assertThrows(FailedPreconditionException.class, () -> shim.cleanup(request.containerId()));
        assertTrue(shim.isAlive(request.containerId()));
    }

    @Test
    void containersOutliveTheShimManagerAndANewOneAdoptsThem() throws Exception {
        ShimRequest request = request("sleep", "30");
        String id = request.containerId();
        run(request);

        release(shim);
        shim = createShim(runRoot);
        shim.addExitListener(listener);
        assertTrue(shim.isAlive(id), "the monitor kept running");
        assertEquals("running", runtime.state(id).status());
        assertEquals(Optional.empty(), shim.exitCode(id));

        runtime.kill(id, 9, false);
        awaitExit(id);
        assertEquals(Optional.of(128 + 9), shim.exitCode(id));
    }

    @Test
    void rejectsInvalidIds() {
        ShimRequest valid = request("true");
        for (String id : List.of("../etc", "a/b", "", "-x")) {
            ShimRequest request = new ShimRequest(id, "x", valid.bundleDir(), runtime, valid.logPath(), false, false);
            assertThrows(InvalidArgumentException.class, () -> shim.start(request), id);
            assertThrows(InvalidArgumentException.class, () -> shim.exitCode(id), id);
            assertThrows(InvalidArgumentException.class, () -> shim.isAlive(id), id);
            assertThrows(InvalidArgumentException.class, () -> shim.attach(id), id);
            assertThrows(InvalidArgumentException.class, () -> shim.cleanup(id), id);
            assertThrows(InvalidArgumentException.class, () -> shim.exec(exec(request, "e1", false, "true"), false), id);
        }
        assertThrows(InvalidArgumentException.class, () -> shim.exec(exec(valid, "../e", false, "true"), false));
        assertFalse(Files.exists(valid.logPath()));
    }

    /** An exec of {@code args} in {@code container}. */
    protected ExecRequest exec(ShimRequest container, String execId, boolean tty, String... args) {
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

    protected static void write(StdioStream stdio, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        stdio.write(bytes, 0, bytes.length);
    }
}
