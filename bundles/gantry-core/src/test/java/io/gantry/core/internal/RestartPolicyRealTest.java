package io.gantry.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gantry.api.ConflictException;
import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerState;
import io.gantry.api.container.RestartPolicy;
import io.gantry.testkit.Await;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/** Restart policies with real containers that exit on their own, are killed or are stopped. */
class RestartPolicyRealTest extends RealEngineTest {

    @Test
    void onFailureRestartsUpToItsLimit() {
        Container box = real.run(RealEngine.busybox("sh", "-c", "exit 1")
                .restartPolicy(RestartPolicy.parse("on-failure:2")));
        Await.until("three runs", () -> count(box, "die") == 3);
        Await.until("the end of the loop", () -> real.state(box.id()) == ContainerState.EXITED);
        Container last = real.engine.lifecycle.inspect(box.id());
        assertEquals(2, last.restartCount());
        assertEquals(1, last.exitCode());
        assertEquals(3, count(box, "start"));
        assertEquals(List.of("create", "start", "die", "start", "die", "start", "die"), real.actions(box.id()));
    }

    @Test
    void onFailureLeavesASuccessAlone() {
        Container box = real.run(RealEngine.busybox("true").restartPolicy(RestartPolicy.parse("on-failure")));
        Await.until("exit", () -> count(box, "die") == 1);
        assertEquals(ContainerState.EXITED, real.state(box.id()));
        assertEquals(0, real.engine.lifecycle.inspect(box.id()).restartCount());
    }

    @Test
    void alwaysRestartsAfterExitZeroUntilStopped() {
        Container box = real.run(RealEngine.busybox("true").restartPolicy(RestartPolicy.parse("always")));
        Await.until("two restarts", () -> real.engine.lifecycle.inspect(box.id()).restartCount() >= 2);
        real.engine.lifecycle.stop(box.id(), Duration.ofSeconds(1));
        int restarts = real.engine.lifecycle.inspect(box.id()).restartCount();
        assertStaysExited(box, restarts);
    }

    @Test
    void aKillIsRestartedAStopIsNot() {
        Container box = real.run(RealEngine.busybox("sleep", "1000").restartPolicy(RestartPolicy.parse("always")));
        real.engine.lifecycle.kill(box.id(), "KILL");
        Await.until("restart after the kill", () -> real.engine.lifecycle.inspect(box.id()).restartCount() == 1
                && real.state(box.id()) == ContainerState.RUNNING);

        real.engine.lifecycle.stop(box.id(), Duration.ofSeconds(1));
        assertStaysExited(box, 1);
        assertEquals(137, real.engine.lifecycle.inspect(box.id()).exitCode());
    }

    @Test
    void aRestartThatCannotStartGivesUp() {
        Container box = real.run(RealEngine.busybox("sh", "-c", "rm /bin/sh; exit 3")
                .restartPolicy(RestartPolicy.parse("always")));
        Await.until("the failed restart", () -> real.engine.lifecycle.inspect(box.id()).error() != null
                && real.state(box.id()) == ContainerState.EXITED);
        Container last = real.engine.lifecycle.inspect(box.id());
        assertEquals(1, last.restartCount());
        assertNotNull(last.error());
        assertEquals(1, count(box, "start"));
    }

    @Test
    void autoRemoveConflictsWithARestartPolicy() {
        assertEquals("conflicting options: auto-remove and restart policy", assertThrows(ConflictException.class,
                () -> real.engine.lifecycle.create(RealEngine.busybox("true").autoRemove(true)
                        .restartPolicy(RestartPolicy.parse("always")).build())).getMessage());
    }

    /** Any restart still pending when it was stopped fires within the backoff, which is below a second here. */
    private void assertStaysExited(Container box, int restarts) {
        long end = System.nanoTime() + Duration.ofMillis(1500).toNanos();
        while (System.nanoTime() < end) {
            Container now = real.engine.lifecycle.inspect(box.id());
            assertEquals(ContainerState.EXITED, now.state());
            assertEquals(restarts, now.restartCount());
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
    }

    private long count(Container box, String action) {
        return Collections.frequency(real.actions(box.id()), action);
    }
}
