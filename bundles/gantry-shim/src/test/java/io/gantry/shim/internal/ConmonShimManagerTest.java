package io.gantry.shim.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.shim.ShimProcess;
import io.gantry.api.shim.ShimRequest;
import io.gantry.testkit.Await;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What conmon makes and removes for a container, and the exit watcher's life. */
class ConmonShimManagerTest extends RealShimTest {
    private static final int S_IFMT = 0170000;
    private static final int S_IFSOCK = 0140000;

    @Test
    void startsOneConmonWithAnAttachSocket() throws Exception {
        ShimRequest request = request(List.of("sleep", "30"));
        ShimProcess process = shim.start(request);
        assertEquals(List.of(process.shimPid()), ShimFixture.conmonsOf(request.containerId()));
        assertNotNull(process.attachSocket());
        int mode = (Integer) Files.getAttribute(process.attachSocket(), "unix:mode");
        assertEquals(S_IFSOCK, mode & S_IFMT, process.attachSocket() + " is a socket");
    }

    @Test
    void cleanupRemovesTheContainersFolder() throws Exception {
        ShimRequest request = request(List.of("true"));
        String id = request.containerId();
        run(request);
        assertEquals(id, exited.poll(10, TimeUnit.SECONDS));
        Await.until("conmon of " + id + " has ended", () -> !shim.isAlive(id));
        assertTrue(Files.isDirectory(runRoot.resolve("shim").resolve(id)));

        shim.cleanup(id);
        assertFalse(Files.exists(runRoot.resolve("shim").resolve(id)));
    }

    @Test
    void deactivateStopsTheExitWatcherOnly() throws Exception {
        ShimRequest request = request(List.of("sleep", "30"));
        run(request);
        String watcherThread = "conmon exits in " + runRoot.resolve("shim/exits");
        assertTrue(ShimFixture.threadRuns(watcherThread));

        shim.deactivate();
        assertFalse(ShimFixture.threadRuns(watcherThread), "the exit watcher stopped");
        assertEquals(1, ShimFixture.conmonsOf(request.containerId()).size(), "conmon kept running");
        shim = newShim(ShimFixture.config(runRoot, "/usr/bin/conmon"));
    }
}
