package io.gantry.shim.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.shim.ShimProcess;
import io.gantry.api.shim.ShimRequest;
import io.gantry.testkit.Await;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Containers monitored by conmon from create to exit. */
class ConmonShimManagerTest extends RealShimTest {
    private static final int S_IFMT = 0170000;
    private static final int S_IFSOCK = 0140000;

    @Test
    void reportsTheExitAndLogsTheOutput() throws Exception {
        ShimRequest request = request(List.of("echo", "hello"));
        ShimProcess process = run(request);
        assertTrue(process.containerPid() > 0 && process.shimPid() > 0, process.toString());

        assertEquals(request.containerId(), exited.poll(10, TimeUnit.SECONDS));
        assertEquals(Optional.of(0), shim.exitCode(request.containerId()));
        assertTrue(Files.readString(request.logPath()).contains(" stdout F hello\n"),
                Files.readString(request.logPath()));
    }

    @Test
    void recordsTheExitCode() throws Exception {
        ShimRequest request = request(List.of("sh", "-c", "exit 3"));
        run(request);
        assertEquals(request.containerId(), exited.poll(10, TimeUnit.SECONDS));
        assertEquals(Optional.of(3), shim.exitCode(request.containerId()));
    }

    @Test
    void givesTheContainerATerminalWhenAsked() throws Exception {
        ShimRequest request = request(List.of("sh", "-c", "[ -t 1 ] && echo on a tty"), true, false);
        run(request);
        assertEquals(request.containerId(), exited.poll(10, TimeUnit.SECONDS));
        assertEquals(Optional.of(0), shim.exitCode(request.containerId()));
        assertTrue(Files.readString(request.logPath()).contains("on a tty"), Files.readString(request.logPath()));
    }

    @Test
    void monitorsALongRunningContainerUntilItIsKilled() throws Exception {
        ShimRequest request = request(List.of("sleep", "30"));
        String id = request.containerId();
        ShimProcess process = shim.start(request);
        assertEquals("created", runtime.state(id).status());
        assertEquals(process.containerPid(), runtime.state(id).pid());
        assertTrue(shim.isAlive(id));
        assertEquals(List.of(process.shimPid()), ShimFixture.conmonsOf(id));
        assertNotNull(process.attachSocket());
        int mode = (Integer) Files.getAttribute(process.attachSocket(), "unix:mode");
        assertEquals(S_IFSOCK, mode & S_IFMT, process.attachSocket() + " is a socket");

        runtime.start(id);
        assertEquals(Optional.empty(), shim.exitCode(id));
        runtime.kill(id, 9, false);
        assertEquals(id, exited.poll(10, TimeUnit.SECONDS));
        assertEquals(Optional.of(137), shim.exitCode(id));
        Await.until("conmon of " + id + " has ended", () -> !shim.isAlive(id));
    }

    @Test
    void cleanupForgetsAnExitedContainer() throws Exception {
        ShimRequest request = request(List.of("true"));
        String id = request.containerId();
        run(request);
        assertEquals(id, exited.poll(10, TimeUnit.SECONDS));
        Await.until("conmon of " + id + " has ended", () -> !shim.isAlive(id));

        shim.cleanup(id);
        assertEquals(Optional.empty(), shim.exitCode(id));
        assertFalse(Files.exists(runRoot.resolve("shim").resolve(id)));
        assertDoesNotThrow(() -> shim.cleanup(id), "a second cleanup");
    }

    @Test
    void containersOutliveTheShimManager() throws Exception {
        ShimRequest request = request(List.of("sleep", "30"));
        String id = request.containerId();
        run(request);
        String watcherThread = "conmon exits in " + runRoot.resolve("shim/exits");
        assertTrue(ShimFixture.threadRuns(watcherThread));

        shim.deactivate();
        assertFalse(ShimFixture.threadRuns(watcherThread), "the exit watcher stopped");
        shim = new ConmonShimManager(ShimFixture.config(runRoot, "/usr/bin/conmon"), ShimFixture.syscalls());
        shim.addExitListener(exited::add);
        assertTrue(shim.isAlive(id), "conmon kept running");
        assertEquals("running", runtime.state(id).status());

        runtime.kill(id, 9, false);
        assertEquals(id, exited.poll(10, TimeUnit.SECONDS), "the new instance reports the exit");
    }
}
