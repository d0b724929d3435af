package io.gantry.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.GantryException;
import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerState;
import io.gantry.api.namespace.NamespaceType;
import io.gantry.api.oci.Spec;
import io.gantry.api.spec.SpecContext;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A provider that hangs is given up after provider.timeout with an error naming it; the engine serves on. */
class HangingProviderTest {
    @TempDir
    Path root;
    EngineFixture fx;
    final CountDownLatch interrupted = new CountDownLatch(1);

    @BeforeEach
    void startWithAOneSecondLimit() {
        fx = new EngineFixture(root);
        fx.config = TestCoreConfig.with(Map.of("provider_timeout", 1));
        fx.startEngine();
    }

    @AfterEach
    void close() throws Exception {
        fx.close();
    }

    @Test
    void aNamespaceProviderThatHangsFailsTheStartNamingItAndLeavesNothingBehind() throws Exception {
        HangingNamespace hanging = new HangingNamespace();
        fx.engine.providers.bindNamespaceProvider(hanging, Map.of("service.id", 50L));
        Container box = fx.create("stuck");

        GantryException failure = assertThrows(GantryException.class, () -> fx.engine.lifecycle.start(box.id()));

        assertEquals("cannot start container stuck: namespace provider ipc did not answer within 1 s; the call was"
                + " given up (setting provider.timeout of io.gantry.core)", failure.getMessage());
        assertTrue(interrupted.await(10, TimeUnit.SECONDS), "the hung call's thread is interrupted");
        Container after = fx.engine.lifecycle.inspect(box.id());
        assertEquals(ContainerState.CREATED, after.state());
        assertEquals("namespace provider ipc did not answer within 1 s; the call was given up (setting"
                + " provider.timeout of io.gantry.core)", after.error());
        assertEquals(Map.of(), fx.runc.status, "no runtime container is left of the failed start");
        assertEquals(Set.of(), fx.overlay.mounted, "the root file system of the failed start is unmounted");

        fx.engine.providers.unbindNamespaceProvider(hanging);
        assertEquals(ContainerState.RUNNING, fx.run("other").state(), "the engine goes on serving");
        fx.engine.lifecycle.start(box.id());
        assertEquals(ContainerState.RUNNING, fx.engine.lifecycle.inspect(box.id()).state(),
                "the container is not locked by the given-up call");
    }

    @Test
    void aRuntimeThatHangsOnASignalFailsTheKillAndTheContainerStaysUsable() throws Exception {
        Container box = fx.run("web");
        fx.runc.hangOnSignal = true;

        GantryException failure = assertThrows(GantryException.class,
                () -> fx.engine.lifecycle.kill(box.id(), "HUP"));

        assertEquals("runtime runc did not answer within 1 s; the call was given up (setting provider.timeout"
                + " of io.gantry.core)", failure.getMessage());
        fx.runc.hangOnSignal = false;
        fx.engine.lifecycle.rename(box.id(), "web2");
        assertEquals("web2", fx.engine.lifecycle.inspect(box.id()).name(), "the container's lock was released");
        fx.engine.lifecycle.kill(box.id(), "KILL");
        fx.awaitAction(box.id(), "die");
    }

    /** An ipc provider whose contribution never returns until its thread is interrupted. */
    private final class HangingNamespace extends FakeNamespace {
        HangingNamespace() {
            super(NamespaceType.IPC, context -> null);
        }

        @Override
        public void contribute(Spec spec, SpecContext context) {
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
        }
    }
}
