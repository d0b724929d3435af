package io.gantry.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.gantry.api.ConflictException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.NotFoundException;
import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerState;
import io.gantry.api.container.Resources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** create, start, stop, kill, rm on real containers, and what they leave behind. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class LifecycleIT extends GantryTestSupport {

    @After
    public void removeAll() {
        for (Container c : containers.list(true)) {
            containers.remove(c.id(), true);
        }
    }

    @Test
    public void exitCodesPropagate() throws Exception {
        assertEquals(3, run(busybox("sh", "-c", "exit 3").build()).status().exitCode());
        assertEquals(0, run(busybox("true").build()).status().exitCode());
    }

    @Test
    public void namesAndIdPrefixesResolve() throws Exception {
        Container c = containers.create(busybox("true").name("resolve-me").build());
        assertEquals(c.id(), containers.inspect("resolve-me").id());
        assertEquals(c.id(), containers.inspect(c.id().substring(0, 8)).id());
        assertThrows(NotFoundException.class, () -> containers.inspect("no-such-container"));
    }

    @Test
    public void stopEscalatesToKillAndLeavesNoCgroupOrMount() throws Exception {
        Container c = containers.create(busybox("sleep", "300").build());
        containers.start(c.id());
        assertTrue("running: cgroup exists", Files.isDirectory(memoryCgroup(c.id())));
        assertTrue("running: rootfs mounted or present", mounted(c.id()) || c.storageDriver().equals("vfs"));
        long started = System.nanoTime();
        containers.stop(c.id(), Duration.ofSeconds(1));
        assertTrue("sleep as pid 1 ignores TERM, so stop had to kill",
                System.nanoTime() - started >= Duration.ofSeconds(1).toNanos());
        Container stopped = containers.inspect(c.id());
        assertEquals(ContainerState.EXITED, stopped.state());
        assertEquals(Integer.valueOf(137), stopped.exitCode());
        assertNoLeftovers(c.id());
    }

    @Test
    public void killAndRestartAndRemoveLeaveNothing() throws Exception {
        Container c = containers.create(busybox("sleep", "300").build());
        containers.start(c.id());
        containers.kill(c.id(), "KILL");
        waitFor("killed", () -> containers.inspect(c.id()).state() == ContainerState.EXITED);
        assertNoLeftovers(c.id());
        containers.start(c.id());
        assertEquals(ContainerState.RUNNING, containers.inspect(c.id()).state());
        containers.remove(c.id(), true);
        assertNoLeftovers(c.id());
        assertFalse(Files.exists(Path.of(System.getProperty("gantry.it.dataRoot"), "containers", c.id())));
        assertTrue(containers.list(true).stream().noneMatch(x -> x.id().equals(c.id())));
    }

    @Test
    public void removingARunningContainerNeedsForce() throws Exception {
        Container c = containers.create(busybox("sleep", "300").build());
        containers.start(c.id());
        assertThrows(ConflictException.class, () -> containers.remove(c.id(), false));
        containers.remove(c.id(), true);
        assertNoLeftovers(c.id());
    }

    @Test
    public void autoRemoveRemovesAfterExit() throws Exception {
        Container c = containers.create(busybox("true").autoRemove(true).build());
        containers.start(c.id());
        waitFor("auto-removed", () -> containers.list(true).stream().noneMatch(x -> x.id().equals(c.id())));
        assertNoLeftovers(c.id());
    }

    @Test
    public void badInputIsRefusedAndLeavesNothing() throws Exception {
        List<Container> before = containers.list(true);
        NotFoundException image = assertThrows(NotFoundException.class,
                () -> containers.create(busybox("true").image("no-such-image").build()));
        assertTrue(image.getMessage(), image.getMessage().contains("no-such-image"));
        Exception runtime = assertThrows(Exception.class,
                () -> containers.create(busybox("true").runtime("no-such-runtime").build()));
        assertTrue(runtime.getMessage(), runtime.getMessage().contains("no-such-runtime"));
        InvalidArgumentException memory = assertThrows(InvalidArgumentException.class,
                () -> containers.create(busybox("true").resources(Resources.NONE.withMemory(-5L)).build()));
        assertTrue(memory.getMessage(), memory.getMessage().contains("-5"));
        containers.create(busybox("true").name("taken").build());
        ConflictException name = assertThrows(ConflictException.class,
                () -> containers.create(busybox("true").name("taken").build()));
        assertTrue(name.getMessage(), name.getMessage().contains("taken"));
        assertEquals(before.size() + 1, containers.list(true).size());
        try (var dirs = Files.list(Path.of(System.getProperty("gantry.it.dataRoot"), "containers"))) {
            assertEquals(before.size() + 1, dirs.count());
        }
    }

    @Test
    public void shellRunPrintsTheContainersOutput() throws Exception {
        String out = executeCommand("container:run --rm busybox echo hello");
        assertEquals("hello", out.trim());
        waitFor("--rm removed the container", () -> containers.list(true).isEmpty());
        String info = executeCommand("gantry:info");
        for (String provider : List.of("pid", "network", "memory", "pids", "cpu", "runc", "conmon", "overlay")) {
            assertTrue(info, info.contains(provider));
        }
    }

    private void assertNoLeftovers(String id) throws Exception {
        waitFor("no cgroup left for " + id, () -> !Files.exists(memoryCgroup(id)));
        assertFalse("no mount left for " + id, mounted(id));
    }

    private static Path memoryCgroup(String id) {
        return Path.of("/sys/fs/cgroup/memory/gantry", id);
    }

    private static boolean mounted(String id) throws Exception {
        return Files.readString(Path.of("/proc/self/mountinfo")).contains(id);
    }
}
