package io.gantry.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.ConflictException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.NotFoundException;
import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.attach.StdioStream;
import io.gantry.api.container.exec.ExecConfig;
import io.gantry.api.container.exec.ExecInfo;
import io.gantry.api.event.Event;
import io.gantry.api.oci.Box;
import io.gantry.api.oci.Process;
import io.gantry.api.shim.ExecRequest;
import io.gantry.testkit.Await;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class ExecTest extends StdioEngineTest {
    private static ExecConfig exec(List<String> cmd) {
        return new ExecConfig(cmd, null, null, null, false, false, true, true, false);
    }

    @Test
    void createNeedsARunningContainerAndACommand() {
        Container created = fx.create("web");
        ConflictException notRunning = assertThrows(ConflictException.class,
                () -> engine.exec.createExec("web", exec(List.of("hostname"))));
        assertEquals("container web is not running", notRunning.getMessage());
        engine.lifecycle.start("web");
        assertThrows(InvalidArgumentException.class, () -> engine.exec.createExec("web", exec(List.of())));
        assertThrows(InvalidArgumentException.class, () -> engine.exec.createExec("web",
                new ExecConfig(List.of("env"), List.of("=x"), null, null, false, false, true, true, false)));
        assertThrows(NotFoundException.class, () -> engine.exec.createExec("nope", exec(List.of("hostname"))));
        assertTrue(fx.actions(created.id()).stream().noneMatch(a -> a.startsWith("exec_")));
        assertTrue(shim.execRequests.isEmpty());
    }

    @Test
    void startBuildsTheProcessFromTheContainersSpecAndRecordsTheExit() throws Exception {
        Container web = run(ContainerConfig.builder("busybox").name("web").env(List.of("A=1")).workingDir("/srv"));
        Path etc = Files.createDirectories(Path.of(web.rootfs()).resolve("etc"));
        Files.writeString(etc.resolve("passwd"), "root:x:0:0::/root:/bin/sh\napp:x:1000:1001::/home/app:/bin/sh\n");
        String id = engine.exec.createExec("web", new ExecConfig(List.of("sh", "-c", "cat"), List.of("A=2", "EXTRA=1"),
                "app", null, true, true, true, true, false));
        assertEquals(64, id.length());
        ExecInfo created = engine.exec.inspectExec(id);
        assertFalse(created.running());
        assertNull(created.exitCode());

        StdioStream stdio = engine.exec.startExec(id);
        ExecRequest request = shim.execRequests.get(0);
        Process process = request.process();
        assertEquals(web.id(), request.containerId());
        assertEquals(id, request.execId());
        assertEquals(fx.containerDir(web.id()).resolve("bundle"), request.bundleDir());
        assertEquals("runc", request.runtime().name());
        assertTrue(request.stdin(), "stdin asked for and attached");
        assertEquals(List.of("sh", "-c", "cat"), process.args);
        assertTrue(process.env.containsAll(List.of("A=2", "EXTRA=1", "IMAGE_ONLY=1", "PATH=/bin")), process.env.toString());
        assertFalse(process.env.contains("A=1"));
        assertEquals("/srv", process.cwd);
        assertEquals(1000, process.user.uid);
        assertEquals(1001, process.user.gid);
        assertTrue(process.terminal);
        assertTrue(process.capabilities.bounding.contains("CAP_CHOWN"));
        assertFalse(process.capabilities.bounding.contains("CAP_SYS_ADMIN"));

        StdioShim.FakeExec running = shim.execs.get(id);
        ExecInfo live = engine.exec.inspectExec(id);
        assertTrue(live.running());
        assertEquals(running.pid(), live.pid());
        assertNull(live.exitCode());

        running.stdio().print("x\n");
        stdio.write("in".getBytes(), 0, 2);
        assertEquals("in", running.stdio().stdinText());
        assertEquals("x\n", new String(stdio.read().data()));
        running.exit().complete(3);
        Await.until("the exit code", () -> Integer.valueOf(3).equals(engine.exec.inspectExec(id).exitCode()));
        assertFalse(engine.exec.inspectExec(id).running());
        assertEquals(0, engine.exec.inspectExec(id).pid());
        fx.awaitAction(web.id(), "exec_die");
        List<Event> execEvents = fx.events.stream().filter(e -> e.action().startsWith("exec_")).toList();
        assertEquals(List.of("exec_create: sh -c cat", "exec_start: sh -c cat", "exec_die"),
                execEvents.stream().map(Event::action).toList());
        assertEquals("3", execEvents.get(2).attributes().get("exitCode"));
        assertEquals(id, execEvents.get(2).attributes().get("execID"));
    }

    @Test
    void theOutputEndsOnlyOnceTheExitIsRecorded() throws Exception {
        fx.run("web");
        String id = engine.exec.createExec("web", exec(List.of("true")));
        StdioStream stdio = engine.exec.startExec(id);
        StdioShim.FakeExec running = shim.execs.get(id);
        running.stdio().endOutput();
        CompletableFuture<Object> end = CompletableFuture.supplyAsync(() -> {
            try {
                return stdio.read();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertThrows(TimeoutException.class, () -> end.get(200, TimeUnit.MILLISECONDS));
        running.exit().complete(7);
        assertNull(end.get(5, TimeUnit.SECONDS));
        assertEquals(7, engine.exec.inspectExec(id).exitCode());
    }

    @Test
    void privilegedExecGetsEveryCapabilityAndItsOwnUserAndDirectory() {
        fx.run("web");
        String id = engine.exec.createExec("web", new ExecConfig(List.of("id"), null, "123:45", "/tmp", false, false,
                true, true, true));
        engine.exec.startExecDetached(id);
        Process process = shim.execRequests.get(0).process();
        assertTrue(process.capabilities.bounding.containsAll(List.of("CAP_SYS_ADMIN", "CAP_NET_ADMIN")),
                process.capabilities.bounding.toString());
        assertEquals(123, process.user.uid);
        assertEquals(45, process.user.gid);
        assertEquals("/tmp", process.cwd);
        assertFalse(process.terminal);
        assertFalse(shim.execAttached.get(0), "detached");
        assertFalse(shim.execRequests.get(0).stdin());
    }

    @Test
    void anExecStartsOnceAndUnknownIdsAreNotFound() {
        fx.run("web");
        String id = engine.exec.createExec("web", exec(List.of("sleep", "9")));
        engine.exec.startExecDetached(id);
        assertThrows(ConflictException.class, () -> engine.exec.startExecDetached(id));
        NotFoundException missing = assertThrows(NotFoundException.class, () -> engine.exec.inspectExec("nope"));
        assertEquals("No such exec instance: nope", missing.getMessage());
        assertThrows(NotFoundException.class, () -> engine.exec.startExec("nope"));
        assertThrows(NotFoundException.class, () -> engine.exec.resizeExec("nope", 24, 80));
        assertEquals(1, shim.execRequests.size());
    }

    @Test
    void startingInAStoppedContainerFailsAndTheExecCannotBeRetried() {
        fx.run("web");
        String id = engine.exec.createExec("web", exec(List.of("hostname")));
        engine.lifecycle.stop("web", Duration.ofSeconds(1));
        assertThrows(ConflictException.class, () -> engine.exec.startExecDetached(id));
        assertTrue(shim.execRequests.isEmpty());
        assertFalse(engine.exec.inspectExec(id).running());
    }

    @Test
    void aResizeBeforeTheStartSizesTheTerminalItStartsWithAndLaterOnesReachTheProcess() {
        fx.run("web");
        String id = engine.exec.createExec("web", new ExecConfig(List.of("sh"), null, null, null, true, true, true, true,
                false));
        engine.exec.resizeExec(id, 30, 100);
        engine.exec.startExecDetached(id);
        Box size = shim.execRequests.get(0).process().consoleSize;
        assertEquals(List.of(30, 100), List.of(size.height, size.width));
        engine.exec.resizeExec(id, 24, 80);
        assertThrows(InvalidArgumentException.class, () -> engine.exec.resizeExec(id, -1, 80));
        assertEquals(List.of("24x80"), shim.execs.get(id).resizes());
        shim.execs.get(id).exit().complete(0);
        Await.until("ended", () -> engine.exec.inspectExec(id).exitCode() != null);
        assertThrows(ConflictException.class, () -> engine.exec.resizeExec(id, 24, 80), "ended");
    }

    @Test
    void removingTheContainerDropsItsExecs() {
        fx.run("web");
        String id = engine.exec.createExec("web", exec(List.of("hostname")));
        engine.lifecycle.remove("web", true);
        assertThrows(NotFoundException.class, () -> engine.exec.inspectExec(id));
    }
}
