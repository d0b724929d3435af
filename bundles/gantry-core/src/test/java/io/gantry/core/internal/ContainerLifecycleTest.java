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
import io.gantry.api.container.ContainerState;
import io.gantry.core.internal.lifecycle.Signals;
import io.gantry.testkit.Await;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContainerLifecycleTest extends StartedEngineTest {
    @Test
    void createStartStopRemovePersistsEveryTransition() {
        Container created = fx.create("web");
        String id = created.id();
        assertEquals(64, id.length());
        assertEquals(ContainerState.CREATED, created.state());
        assertTrue(fx.recordJson(id).contains("\"state\" : \"CREATED\""));
        assertEquals(java.util.Set.of(id), fx.images.usersOf(fx.busybox));
        assertTrue(fx.overlay.layers.containsAll(List.of("chain-a-busybox", "chain-b-busybox")));

        engine.lifecycle.start("web");
        Container running = engine.lifecycle.inspect(id);
        assertEquals(ContainerState.RUNNING, running.state());
        assertTrue(running.pid() > 0);
        assertTrue(fx.recordJson(id).contains("\"state\" : \"RUNNING\""));
        assertTrue(Files.isRegularFile(fx.containerDir(id).resolve("bundle/config.json")));
        assertTrue(fx.overlay.mounted.contains(id));

        engine.lifecycle.stop("web", Duration.ofSeconds(5));
        Container stopped = engine.lifecycle.inspect(id);
        assertEquals(ContainerState.EXITED, stopped.state());
        assertEquals(143, stopped.exitCode());
        assertEquals(List.of(Signals.SIGTERM), fx.runc.signalsOf(id));
        assertTrue(fx.recordJson(id).contains("\"state\" : \"EXITED\""));
        assertTrue(fx.recordJson(id).contains("\"exitCode\" : 143"));
        assertFalse(fx.overlay.mounted.contains(id), "rootfs unmounted at exit");
        assertTrue(fx.runc.deleted.contains(id), "runtime container deleted at exit");
        assertTrue(fx.shim.cleaned.contains(id));

        engine.lifecycle.remove("web", false);
        assertThrows(NotFoundException.class, () -> engine.lifecycle.inspect(id));
        assertFalse(Files.exists(fx.containerDir(id)));
        assertFalse(fx.overlay.containers().contains(id));
        assertTrue(fx.images.usersOf(fx.busybox).isEmpty());
        fx.awaitAction(id, "destroy");
        assertEquals(List.of("create", "start", "kill", "die", "stop", "destroy"), fx.actions(id));
    }

    @Test
    void startingARunningContainerIsANoOp() {
        Container running = fx.run("web");
        engine.lifecycle.start("web");
        assertEquals(running.pid(), engine.lifecycle.inspect("web").pid());
        assertEquals(1, fx.shim.requests.size());
    }

    @Test
    void exitedContainerStartsAgainWithANewRun() {
        Container first = fx.run("web");
        fx.shim.exit(first.id(), 3);
        fx.awaitAction(first.id(), "die");
        assertEquals(3, engine.lifecycle.inspect("web").exitCode());

        engine.lifecycle.start("web");
        assertEquals(ContainerState.RUNNING, engine.lifecycle.inspect("web").state());
        assertEquals(2, fx.shim.requests.size());
    }

    @Test
    void killSendsTheNamedSignalAndRejectsUnknownOnes() {
        Container running = fx.run("web");
        fx.runc.ignoredSignals.add(10);
        engine.lifecycle.kill("web", "SIGUSR1");
        engine.lifecycle.kill("web", "usr1");
        engine.lifecycle.kill("web", "10");
        assertEquals(List.of(10, 10, 10), fx.runc.signalsOf(running.id()));
        InvalidArgumentException bad = assertThrows(InvalidArgumentException.class, () -> engine.lifecycle.kill("web", "NOPE"));
        assertEquals("invalid signal: NOPE", bad.getMessage());

        engine.lifecycle.kill("web", "KILL");
        Await.until("exit", () -> engine.lifecycle.inspect("web").state() == ContainerState.EXITED);
        assertEquals(137, engine.lifecycle.inspect("web").exitCode());
        ConflictException notRunning = assertThrows(ConflictException.class, () -> engine.lifecycle.kill("web", "TERM"));
        assertEquals("container web is not running", notRunning.getMessage());
    }

    @Test
    void stopEscalatesToSigkillWhenTheStopSignalIsIgnored() {
        Container running = fx.run("web");
        fx.runc.ignoredSignals.add(Signals.SIGTERM);
        engine.lifecycle.stop("web", Duration.ofMillis(200));
        assertEquals(List.of(Signals.SIGTERM, Signals.SIGKILL), fx.runc.signalsOf(running.id()));
        assertEquals(137, engine.lifecycle.inspect("web").exitCode());
    }

    @Test
    void stopUsesTheConfiguredStopSignalAndZeroTimeout() {
        Container created = engine.lifecycle.create(ContainerConfig.builder("busybox").name("web").stopSignal("SIGQUIT")
                .build());
        engine.lifecycle.start("web");
        fx.runc.ignoredSignals.add(3);
        engine.lifecycle.stop("web", Duration.ZERO);
        assertEquals(List.of(3, Signals.SIGKILL), fx.runc.signalsOf(created.id()));
    }

    @Test
    void stoppingAStoppedContainerIsANoOp() {
        Container created = fx.create("web");
        engine.lifecycle.stop("web", Duration.ofSeconds(1));
        assertEquals(ContainerState.CREATED, engine.lifecycle.inspect("web").state());
        assertTrue(fx.runc.signalsOf(created.id()).isEmpty());
    }

    @Test
    void removingARunningContainerNeedsForce() {
        Container running = fx.run("web");
        ConflictException conflict = assertThrows(ConflictException.class, () -> engine.lifecycle.remove("web", false));
        assertEquals("You cannot remove a running container " + running.id()
                + ". Stop the container before attempting removal or force remove", conflict.getMessage());
        assertEquals(ContainerState.RUNNING, engine.lifecycle.inspect("web").state());

        engine.lifecycle.remove("web", true);
        assertEquals(List.of(Signals.SIGKILL), fx.runc.signalsOf(running.id()));
        assertThrows(NotFoundException.class, () -> engine.lifecycle.inspect("web"));
        assertFalse(Files.exists(fx.containerDir(running.id())));
    }

    @Test
    void restartStopsThenStartsAgain() {
        Container running = fx.run("web");
        engine.lifecycle.restart("web", Duration.ofSeconds(5));
        assertEquals(ContainerState.RUNNING, engine.lifecycle.inspect("web").state());
        assertEquals(143, engine.lifecycle.inspect("web").exitCode());
        assertEquals(2, fx.shim.requests.size());
        assertEquals(List.of(running.id(), running.id()), fx.runc.started);
    }

    @Test
    void listShowsRunningByDefaultAndAllNewestFirst() {
        Container first = fx.create("first");
        Container second = fx.run("second");
        assertEquals(List.of(second.id()), engine.lifecycle.list(false).stream().map(Container::id).toList());
        assertEquals(List.of(second.id(), first.id()), engine.lifecycle.list(true).stream().map(Container::id).toList());
    }

    @Test
    void generatedNamesAreDockerLike() {
        Container created = engine.lifecycle.create(ContainerConfig.builder("busybox").build());
        assertTrue(created.name().matches("[a-z]+_[a-z]+"), created.name());
        assertEquals(created.id(), engine.lifecycle.inspect(created.name()).id());
        assertNull(created.exitCode());
    }
}
