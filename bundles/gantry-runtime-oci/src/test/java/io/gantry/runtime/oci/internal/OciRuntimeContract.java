package io.gantry.runtime.oci.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.FailedPreconditionException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.NotFoundException;
import io.gantry.api.runtime.OciRuntime;
import io.gantry.api.runtime.RuntimeState;
import io.gantry.testkit.Await;
import io.gantry.runtime.oci.testing.BusyboxBundle;
import io.gantry.runtime.oci.testing.RuntimeCli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every OCI runtime must do, run against the real binary as root. */
abstract class OciRuntimeContract {
    @TempDir
    Path temp;
    OciRuntime runtime;
    private final List<String> created = new ArrayList<>();

    /** The runtime under test, keeping its state under {@code runRoot}. */
    abstract OciRuntime runtime(Path runRoot, String binary);

    abstract String defaultBinary();

    @BeforeEach
    void setUp() {
        runtime = runtime(temp.resolve("run"), defaultBinary());
    }

    @AfterEach
    void deleteContainers() {
        created.forEach(id -> runtime.delete(id, true));
    }

    /** A created (not yet started) busybox container running {@code args}. */
    String create(List<String> args, String cgroupsPath) throws Exception {
        String id = RuntimeCli.uniqueId();
        Path bundle = BusyboxBundle.create(temp.resolve(id), args, cgroupsPath);
        created.add(id);
        RuntimeCli.create(runtime, bundle, id, temp);
        return id;
    }

    String createSleeper() throws Exception {
        return create(List.of("sleep", "30"), null);
    }

    @Test
    void runsAContainerThroughItsLifecycle() throws Exception {
        String id = createSleeper();
        RuntimeState created = runtime.state(id);
        assertEquals("created", created.status());
        assertEquals(id, created.id());
        assertTrue(created.pid() > 0, "pid of a created container: " + created.pid());
        assertEquals(temp.resolve(id).toRealPath(), Path.of(created.bundle()).toRealPath());

        runtime.start(id);
        assertEquals("running", runtime.state(id).status());
        assertEquals(List.of(created.pid()), runtime.pids(id));

        runtime.kill(id, 9, false);
        Await.until(id + " has stopped", () -> runtime.state(id).status().equals("stopped"));
        runtime.delete(id, false);
        assertThrows(NotFoundException.class, () -> runtime.state(id));
        assertDoesNotThrow(() -> runtime.delete(id, false), "a second delete");
    }

    @Test
    void signalsEveryProcessWithAll() throws Exception {
        String id = create(List.of("sh", "-c", "sleep 30 & sleep 30"), null);
        runtime.start(id);
        Await.until(id + " runs two processes", () -> runtime.pids(id).size() == 2);
        runtime.kill(id, 9, true);
        Await.until(id + " has stopped", () -> runtime.state(id).status().equals("stopped"));
        assertEquals(List.of(), runtime.pids(id));
    }

    @Test
    void pausesAndResumes() throws Exception {
        String id = createSleeper();
        runtime.start(id);
        runtime.pause(id);
        assertEquals("paused", runtime.state(id).status());
        runtime.resume(id);
        assertEquals("running", runtime.state(id).status());
    }

    @Test
    void forceDeletesARunningContainer() throws Exception {
        String id = createSleeper();
        runtime.start(id);
        int pid = runtime.state(id).pid();
        runtime.delete(id, true);
        assertThrows(NotFoundException.class, () -> runtime.state(id));
        Await.until("process " + pid + " is gone", () -> !isLiveProcess(pid));
    }

    @Test
    void refusesToStartARunningContainer() throws Exception {
        String id = createSleeper();
        runtime.start(id);
        FailedPreconditionException e = assertThrows(FailedPreconditionException.class, () -> runtime.start(id));
        assertTrue(e.getMessage().contains(id), e.getMessage());
    }

    @Test
    void reportsAnUnknownContainerAsNotFound() {
        String id = RuntimeCli.uniqueId();
        for (Runnable call : List.<Runnable>of(() -> runtime.state(id), () -> runtime.start(id),
                () -> runtime.kill(id, 9, false), () -> runtime.pause(id), () -> runtime.pids(id))) {
            NotFoundException e = assertThrows(NotFoundException.class, call::run);
            assertTrue(e.getMessage().contains(id) && e.getMessage().contains(runtime.name()), e.getMessage());
        }
        assertDoesNotThrow(() -> runtime.delete(id, true));
    }

    @Test
    void namesTheMissingBinary() {
        String missing = temp.resolve("bin/" + runtime.name()).toString();
        OciRuntime broken = runtime(temp.resolve("run"), missing);
        FailedPreconditionException e = assertThrows(FailedPreconditionException.class, broken::binary);
        assertEquals("runtime " + runtime.name() + " not found: " + missing + " does not exist; install the "
                + runtime.name() + " package", e.getMessage());
        assertThrows(FailedPreconditionException.class, () -> broken.state("gt-1"));
    }

    @Test
    void searchesPathWhenNoBinaryIsConfigured() {
        Path found = runtime(temp.resolve("run"), "").binary();
        assertEquals(runtime.name(), found.getFileName().toString());
        assertTrue(Files.isExecutable(found), found + " is executable");
    }

    @Test
    void keepsItsStateUnderTheRunRoot() {
        assertEquals(List.of("--root", temp.resolve("run/runtime/" + runtime.name()).toString(), "--log-format",
                "json"), runtime.globalArgs());
    }

    @Test
    void rejectsIdsThatLookLikeOptions() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> runtime.state("--all"));
        assertTrue(e.getMessage().contains("\"--all\""), e.getMessage());
    }

    static boolean isLiveProcess(int pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (java.io.IOException gone) {
            return false;
        }
    }
}
