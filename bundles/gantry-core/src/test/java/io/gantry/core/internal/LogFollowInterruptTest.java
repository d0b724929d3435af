package io.gantry.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.gantry.api.container.ContainerState;
import io.gantry.api.container.monitor.LogOptions;
import io.gantry.testkit.Await;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A follower of a silent container gives its thread back when that thread is interrupted. */
class LogFollowInterruptTest extends StartedEngineTest {
    @Test
    void anInterruptEndsAFollowOfASilentContainer() throws InterruptedException {
        fx.run("quiet");
        AtomicInteger delivered = new AtomicInteger();
        Thread follower = new Thread(() -> engine.monitor.logs("quiet", LogOptions.FOLLOW, entry -> {
            delivered.incrementAndGet();
            return true;
        }), "log-follower");
        follower.start();
        Await.until("the one line the shim wrote", () -> delivered.get() == 1);
        Await.until("the follower waits for more", () -> follower.getState() == Thread.State.TIMED_WAITING);

        follower.interrupt();
        follower.join(3000);
        assertFalse(follower.isAlive(), "the follow returned after the interrupt");
        assertEquals(1, delivered.get());
        assertEquals(ContainerState.RUNNING, engine.lifecycle.inspect("quiet").state(), "the container is not affected");
    }
}
