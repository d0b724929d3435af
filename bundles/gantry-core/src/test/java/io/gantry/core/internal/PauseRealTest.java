package io.gantry.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.ConflictException;
import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerState;
import io.gantry.api.container.exec.ExecConfig;
import io.gantry.testkit.Await;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** pause and unpause with real runc (the cgroup freezer), and every way out of PAUSED. */
class PauseRealTest extends RealEngineTest {

    @Test
    void pauseFreezesAndUnpauseThaws() throws Exception {
        Container box = real.run(RealEngine.busybox("sleep", "1000").name("frozen"));
        real.engine.lifecycle.pause("frozen");
        assertEquals(ContainerState.PAUSED, real.state(box.id()));
        assertEquals("paused", real.runc.state(box.id()).status());
        assertTrue(java.nio.file.Files.readString(real.root.resolve("data/containers").resolve(box.id())
                .resolve("container.json")).contains("\"PAUSED\""), "persisted");
        assertEquals("container frozen is already paused",
                assertThrows(ConflictException.class, () -> real.engine.lifecycle.pause("frozen")).getMessage());
        assertEquals("container frozen is paused, unpause it first", assertThrows(ConflictException.class,
                () -> real.engine.exec.createExec("frozen", new ExecConfig(List.of("true"), null, null, null, false,
                        false, true, true, false))).getMessage());

        real.engine.lifecycle.unpause("frozen");
        assertEquals(ContainerState.RUNNING, real.state(box.id()));
        assertEquals("running", real.runc.state(box.id()).status());
        assertEquals("container frozen is not paused",
                assertThrows(ConflictException.class, () -> real.engine.lifecycle.unpause("frozen")).getMessage());
        assertEquals(List.of("create", "start", "pause", "unpause"), real.actions(box.id()));
    }

    @Test
    void onlyARunningContainerPauses() {
        real.engine.lifecycle.create(RealEngine.busybox("true").name("idle").build());
        assertEquals("container idle is not running",
                assertThrows(ConflictException.class, () -> real.engine.lifecycle.pause("idle")).getMessage());
    }

    @Test
    void aPausedContainerStops() {
        Container box = real.run(RealEngine.busybox("sleep", "1000"));
        real.engine.lifecycle.pause(box.id());
        real.engine.lifecycle.stop(box.id(), Duration.ofSeconds(1));
        Container stopped = real.engine.lifecycle.inspect(box.id());
        assertEquals(ContainerState.EXITED, stopped.state());
        assertEquals(137, stopped.exitCode(), "sleep as pid 1 ignores TERM; SIGKILL ends it once thawed");
    }

    @Test
    void aPausedContainerIsKilledAndRemovedByForce() {
        Container killed = real.run(RealEngine.busybox("sleep", "1000"));
        real.engine.lifecycle.pause(killed.id());
        real.engine.lifecycle.kill(killed.id(), "KILL");
        Await.until("killed container exits", () -> real.state(killed.id()) == ContainerState.EXITED);

        Container removed = real.run(RealEngine.busybox("sleep", "1000"));
        real.engine.lifecycle.pause(removed.id());
        real.engine.lifecycle.remove(removed.id(), true);
        assertTrue(real.engine.lifecycle.list(true).stream().noneMatch(c -> c.id().equals(removed.id())));
    }

    @Test
    void aPausedContainerRestarts() {
        Container box = real.run(RealEngine.busybox("sleep", "1000"));
        real.engine.lifecycle.pause(box.id());
        real.engine.lifecycle.restart(box.id(), Duration.ofSeconds(1));
        assertEquals(ContainerState.RUNNING, real.state(box.id()));
        assertEquals("running", real.runc.state(box.id()).status());
    }
}
