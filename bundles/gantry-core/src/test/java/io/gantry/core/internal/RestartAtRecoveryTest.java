package io.gantry.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.ContainerState;
import io.gantry.api.container.RestartPolicy;
import io.gantry.testkit.Await;
import java.time.Duration;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/** What a new engine instance does with paused containers and containers that restart with the engine. */
class RestartAtRecoveryTest extends StartedEngineTest {
    @Test
    void aPausedContainerIsAdoptedAsPaused() {
        Container paused = fx.run("paused");
        Container pausedWhileAway = fx.run("away");
        engine.lifecycle.pause("paused");

        fx.engine.close();
        fx.runc.pause(pausedWhileAway.id());
        CoreAssembly next = fx.startEngine();
        Await.until("recovery", () -> next.lifecycle.inspect("away").state() == ContainerState.PAUSED);
        assertEquals(ContainerState.PAUSED, next.lifecycle.inspect(paused.id()).state());
        next.lifecycle.unpause("paused");
        assertEquals("running", fx.runc.status.get(paused.id()));
    }

    @Test
    void alwaysAndUnlessStoppedNotStoppedByTheUserStartWithTheEngine() {
        Container always = run("always", "always");
        Container unlessStopped = run("unless", "unless-stopped");
        Container onFailure = run("failure", "on-failure");
        engine.lifecycle.stop("always", Duration.ofSeconds(1));
        engine.lifecycle.stop("unless", Duration.ofSeconds(1));
        engine.lifecycle.stop("failure", Duration.ofSeconds(1));

        fx.engine.close();
        CoreAssembly next = fx.startEngine();
        Await.until("always restarted", () -> next.lifecycle.inspect("always").state() == ContainerState.RUNNING);
        assertEquals(2, Collections.frequency(fx.runc.started, always.id()));
        assertEquals(ContainerState.EXITED, next.lifecycle.inspect(unlessStopped.id()).state(), "the user stopped it");
        assertEquals(ContainerState.EXITED, next.lifecycle.inspect(onFailure.id()).state());
    }

    @Test
    void unlessStoppedThatEndedOnItsOwnStartsWithTheEngine() {
        Container box = run("unless", "unless-stopped");
        fx.engine.close();
        fx.shim.exit(box.id(), 0);
        CoreAssembly next = fx.startEngine();
        Await.until("restarted", () -> Collections.frequency(fx.runc.started, box.id()) == 2
                && next.lifecycle.inspect("unless").state() == ContainerState.RUNNING);
        assertEquals(1, next.lifecycle.inspect("unless").restartCount());
    }

    private Container run(String name, String policy) {
        Container created = engine.lifecycle.create(ContainerConfig.builder("busybox").name(name)
                .restartPolicy(RestartPolicy.parse(policy)).build());
        engine.lifecycle.start(name);
        return created;
    }
}
