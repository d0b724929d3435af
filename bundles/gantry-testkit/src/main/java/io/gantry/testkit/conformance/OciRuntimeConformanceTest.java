package io.gantry.testkit.conformance;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.gantry.api.FailedPreconditionException;
import io.gantry.api.GantryException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.NotFoundException;
import io.gantry.api.cgroup.CgroupFiles;
import io.gantry.api.cgroup.CgroupLayout;
import io.gantry.api.cgroup.CgroupVersion;
import io.gantry.api.oci.LinuxResources;
import io.gantry.api.runtime.OciRuntime;
import io.gantry.api.runtime.RuntimeState;
import io.gantry.testkit.Await;
import io.gantry.testkit.BusyboxBundle;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The behaviour every {@link OciRuntime} must have, run as root against the real binary with busybox containers.
 * In production the shim runs {@code create}; here the suite runs it, as {@code binary() globalArgs() create
 * --bundle <dir> --pid-file <file> <id>}, which is all the SPI promises the shim. Every container gets a
 * linux.cgroupsPath of its own; after each test every container is force-deleted, and neither the runtime nor the
 * cgroup hierarchies may still know it.
 */
public abstract class OciRuntimeConformanceTest {
    private static final long MIB = 1024 * 1024;

    @TempDir
    protected Path temp;
    protected OciRuntime runtime;
    private final List<String> created = new ArrayList<>();

    /** The runtime under test, keeping its state under {@code runRoot}. */
    protected abstract OciRuntime createRuntime(Path runRoot);

    /**
     * The same runtime told that its executable is {@code binary}, or empty if it cannot be told. Defaults to
     * empty, which skips the missing-binary check.
     */
    protected Optional<OciRuntime> createRuntime(Path runRoot, Path binary) {
        return Optional.empty();
    }

    /**
     * Whether the runtime applies linux.resources on this host. crun, for one, refuses every resource setting on a
     * hybrid cgroup host; for such a runtime the update checks are skipped.
     */
    protected boolean supportsResources() {
        return true;
    }

    /**
     * The command line that creates a container: by default {@code argv} itself. A runtime that cannot create on
     * this host as it is may run it in a prepared environment (crun on a hybrid host whose cgroup v2 tree has
     * controllers does), as long as the container is the runtime's as usual afterwards.
     */
    protected List<String> createCommand(List<String> argv) {
        return argv;
    }

    @BeforeEach
    void createRuntimeOnTempRoot() {
        runtime = createRuntime(temp.resolve("run"));
    }

    @AfterEach
    void deleteContainersAndCheckTheyAreGone() {
        for (String id : created) {
            runtime.delete(id, true);
        }
        for (String id : created) {
            assertThrows(NotFoundException.class, () -> runtime.state(id), id + " is still known after delete");
            assertEquals(List.of(), cgroupDirs(cgroupsPathOf(id)), "cgroups left by " + id);
        }
    }

    /** A fresh container id. */
    protected static String newId() {
        return "gt-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    /** The linux.cgroupsPath a container made by {@link #create} gets. */
    protected static String cgroupsPathOf(String id) {
        return "/gantry-conformance-" + id;
    }

    /** Creates (not starts) a busybox container running {@code args}, as the shim would. */
    protected String create(List<String> args) throws Exception {
        String id = newId();
        Path bundle = BusyboxBundle.create(temp.resolve(id), args, cgroupsPathOf(id));
        created.add(id);
        List<String> argv = new ArrayList<>();
        argv.add(runtime.binary().toString());
        argv.addAll(runtime.globalArgs());
        argv.addAll(List.of("create", "--bundle", bundle.toString(), "--pid-file", temp.resolve(id + ".pid").toString(),
                id));
        Path output = temp.resolve(id + ".out");
        Process create = new ProcessBuilder(createCommand(argv)).redirectInput(new File("/dev/null"))
                .redirectOutput(output.toFile()).redirectErrorStream(true).start();
        if (!create.waitFor(30, TimeUnit.SECONDS)) {
            create.destroyForcibly();
            fail("create " + id + " timed out: " + Files.readString(output));
        }
        assertEquals(0, create.exitValue(), () -> "create " + id + " failed: " + read(output));
        return id;
    }

    protected String createSleeper() throws Exception {
        return create(List.of("sleep", "30"));
    }

    protected String startSleeper() throws Exception {
        String id = createSleeper();
        runtime.start(id);
        return id;
    }

    protected void awaitStopped(String id) {
        Await.until(() -> id + " to stop, but it is " + runtime.state(id).status(),
                () -> runtime.state(id).status().equals("stopped"));
    }

    @Test
    void hasANameAndAnExecutable() {
        assertFalse(runtime.name().isBlank());
        assertTrue(Files.isExecutable(runtime.binary()), runtime.binary() + " is executable");
    }

    @Test
    void runsAContainerThroughItsLifecycle() throws Exception {
        String id = createSleeper();
        RuntimeState state = runtime.state(id);
        assertEquals("created", state.status());
        assertEquals(id, state.id());
        assertTrue(state.pid() > 0, "pid of a created container: " + state.pid());
        assertEquals(temp.resolve(id).toRealPath(), Path.of(state.bundle()).toRealPath());

        runtime.start(id);
        assertEquals("running", runtime.state(id).status());
        assertEquals(state.pid(), runtime.state(id).pid());
        assertEquals(List.of(state.pid()), runtime.pids(id));

        runtime.kill(id, 9, false);
        awaitStopped(id);
        runtime.delete(id, false);
        assertThrows(NotFoundException.class, () -> runtime.state(id));
        assertDoesNotThrow(() -> runtime.delete(id, false), "a second delete");
    }

    @Test
    void signalsEveryProcessWithAll() throws Exception {
        String id = create(List.of("sh", "-c", "sleep 30 & sleep 30"));
        runtime.start(id);
        Await.until(id + " to run two processes", () -> runtime.pids(id).size() == 2);
        runtime.kill(id, 9, true);
        awaitStopped(id);
        assertEquals(List.of(), runtime.pids(id), "the processes of a stopped container");
    }

    @Test
    void pausesAndResumes() throws Exception {
        String id = startSleeper();
        runtime.pause(id);
        assertEquals("paused", runtime.state(id).status());
        runtime.resume(id);
        assertEquals("running", runtime.state(id).status());
    }

    @Test
    void forceDeleteEndsARunningContainerAndRemovesItsCgroups() throws Exception {
        String id = startSleeper();
        int pid = runtime.state(id).pid();
        List<Path> cgroups = cgroupDirs(cgroupsPathOf(id));
        assertFalse(cgroups.isEmpty(), "the runtime made no cgroup at " + cgroupsPathOf(id));

        runtime.delete(id, true);
        assertThrows(NotFoundException.class, () -> runtime.state(id));
        Await.until("process " + pid + " to be gone", () -> !isLiveProcess(pid));
        assertEquals(List.of(), cgroupDirs(cgroupsPathOf(id)));
    }

    @Test
    void refusesToStartARunningContainer() throws Exception {
        String id = startSleeper();
        FailedPreconditionException e = assertThrows(FailedPreconditionException.class, () -> runtime.start(id));
        assertTrue(e.getMessage().contains(id), e.getMessage());
        assertEquals("running", runtime.state(id).status());
    }

    @Test
    void refusesToSignalAStoppedContainer() throws Exception {
        String id = create(List.of("true"));
        runtime.start(id);
        awaitStopped(id);
        FailedPreconditionException e = assertThrows(FailedPreconditionException.class,
                () -> runtime.kill(id, 9, false));
        assertTrue(e.getMessage().contains(id), e.getMessage());
    }

    @Test
    void reportsAnUnknownContainerAsNotFound() {
        String id = newId();
        forEveryOperation(id, call -> {
            NotFoundException e = assertThrows(NotFoundException.class, call::run);
            assertTrue(e.getMessage().contains(id) && e.getMessage().contains(runtime.name()), e.getMessage());
        });
        assertDoesNotThrow(() -> runtime.delete(id, true));
        assertDoesNotThrow(() -> runtime.delete(id, false));
    }

    @Test
    void rejectsInvalidIdsNamingThem() {
        for (String id : List.of("--all", "../x", "a/b", "", " x")) {
            forEveryOperation(id, call -> {
                InvalidArgumentException e = assertThrows(InvalidArgumentException.class, call::run, id);
                assertTrue(e.getMessage().contains("\"" + id + "\""), e.getMessage());
            });
            InvalidArgumentException delete = assertThrows(InvalidArgumentException.class,
                    () -> runtime.delete(id, true), id);
            assertTrue(delete.getMessage().contains("\"" + id + "\""), delete.getMessage());
        }
    }

    @Test
    void updatesTheResourcesOfARunningContainer() throws Exception {
        assumeTrue(supportsResources(), runtime.name() + " applies no resources on this host");
        String id = startSleeper();
        runtime.update(id, memoryLimit(64 * MIB));
        assertEquals(Optional.of(64 * MIB), memoryLimitOf(id));
        runtime.update(id, memoryLimit(96 * MIB));
        assertEquals(Optional.of(96 * MIB), memoryLimitOf(id));
    }

    @Test
    void aRefusedUpdateCarriesTheRuntimesMessage() throws Exception {
        assumeTrue(supportsResources(), runtime.name() + " applies no resources on this host");
        String id = startSleeper();
        runtime.update(id, memoryLimit(64 * MIB));
        GantryException e = assertThrows(GantryException.class, () -> runtime.update(id, memoryLimit(1L)));
        assertTrue(e.getMessage().contains(id) && e.getMessage().contains(runtime.name()), e.getMessage());
        assertEquals(Optional.of(64 * MIB), memoryLimitOf(id), "a refused update changes nothing");
    }

    @Test
    void namesAMissingBinary() {
        Path missing = temp.resolve("bin").resolve(runtime.name());
        Optional<OciRuntime> broken = createRuntime(temp.resolve("run"), missing);
        assumeTrue(broken.isPresent(), runtime.name() + " cannot be pointed at another binary");
        FailedPreconditionException e = assertThrows(FailedPreconditionException.class, broken.get()::binary);
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
        assertThrows(FailedPreconditionException.class, () -> broken.get().state(newId()));
    }

    private void forEveryOperation(String id, Consumer<Runnable> check) {
        LinuxResources none = new LinuxResources();
        for (Runnable call : List.<Runnable>of(() -> runtime.state(id), () -> runtime.start(id),
                () -> runtime.kill(id, 9, false), () -> runtime.kill(id, 9, true), () -> runtime.pause(id),
                () -> runtime.resume(id), () -> runtime.update(id, none), () -> runtime.pids(id))) {
            check.accept(call);
        }
    }

    private static LinuxResources memoryLimit(long bytes) {
        LinuxResources resources = new LinuxResources();
        resources.memory = new LinuxResources.Memory(bytes, null, null, null, null, null);
        return resources;
    }

    private static Optional<Long> memoryLimitOf(String id) {
        CgroupLayout layout = CgroupLayout.detect();
        String file = layout.version() == CgroupVersion.V2 ? "memory.max" : "memory.limit_in_bytes";
        return layout.dir("memory", cgroupsPathOf(id)).flatMap(dir -> CgroupFiles.readLong(dir.resolve(file)));
    }

    /** The directories of {@code cgroupsPath} that exist in this host's cgroup hierarchies. */
    private static List<Path> cgroupDirs(String cgroupsPath) {
        CgroupLayout layout = CgroupLayout.detect();
        Set<Path> dirs = new LinkedHashSet<>();
        if (layout.version() == CgroupVersion.V2) {
            layout.dir("memory", cgroupsPath).ifPresent(dirs::add);
        } else {
            for (String controller : layout.v1Mounts().keySet()) {
                layout.dir(controller, cgroupsPath).ifPresent(dirs::add);
            }
        }
        return dirs.stream().filter(Files::isDirectory).toList();
    }

    private static boolean isLiveProcess(int pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (IOException gone) {
            return false;
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }
}
