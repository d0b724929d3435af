package io.gantry.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.ConflictException;
import io.gantry.api.NotFoundException;
import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.ContainerState;
import io.gantry.testkit.Await;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine stops while containers run, and a new engine instance picks up the pieces. */
class RecoveryTest {
    @TempDir
    Path root;
    EngineFixture fx;

    @BeforeEach
    void setUp() {
        fx = new EngineFixture(root);
        fx.startEngine();
    }

    @AfterEach
    void tearDown() throws Exception {
        fx.close();
    }

    @Test
    void reconcilesRunningExitedLostAndHalfRemovedContainers() throws IOException {
        Container alive = fx.run("alive");
        Container exited = fx.run("exited");
        Container lost = fx.run("lost");
        Container removing = fx.create("removing");

        fx.engine.close();
        assertTrue(fx.shim.listeners.isEmpty(), "the stopped engine no longer listens");
        assertEquals("running", fx.runc.status.get(alive.id()), "stopping the engine leaves containers running");
        fx.shim.exit(exited.id(), 7);
        fx.runc.status.remove(lost.id());
        fx.shim.alive.remove(lost.id());
        markRemoving(removing.id());

        CoreAssembly engine = fx.startEngineWithoutProviders();
        engine.providers.bindStorageDriver(fx.overlay, Map.of("service.id", 1L));
        engine.providers.bindOciRuntime(fx.runc, Map.of("service.id", 2L));
        Await.until("half-removed container gone", () -> isGone(engine, removing.id()));
        assertFalse(Files.exists(fx.containerDir(removing.id())));
        assertEquals(ContainerState.RUNNING, engine.lifecycle.inspect("exited").state(), "without a shim nothing is decided");

        engine.providers.bindShimManager(fx.shim, Map.of("service.id", 7L));
        Await.until("exit handled", () -> engine.lifecycle.inspect("exited").state() == ContainerState.EXITED);
        assertEquals(7, engine.lifecycle.inspect("exited").exitCode());
        assertNull(engine.lifecycle.inspect("exited").error());
        Await.until("lost marked", () -> engine.lifecycle.inspect("lost").state() == ContainerState.EXITED);
        assertEquals(255, engine.lifecycle.inspect("lost").exitCode());
        assertEquals("container was lost while the engine was down", engine.lifecycle.inspect("lost").error());
        assertTrue(fx.recordJson(lost.id()).contains("container was lost"));
        assertFalse(fx.overlay.mounted.contains(lost.id()));

        assertEquals(ContainerState.RUNNING, engine.lifecycle.inspect("alive").state());
        fx.shim.exit(alive.id(), 0);
        Await.until("adopted container's exit", () -> engine.lifecycle.inspect("alive").state() == ContainerState.EXITED);
        assertEquals(0, engine.lifecycle.inspect("alive").exitCode());
    }

    @Test
    void exitedAutoRemoveContainerIsRemovedAtTheNextStart() {
        Container rm = fx.engine.lifecycle.create(ContainerConfig.builder("busybox").name("rm").autoRemove(true).build());
        fx.engine.lifecycle.start("rm");
        fx.engine.close();
        fx.shim.exit(rm.id(), 0);

        CoreAssembly engine = fx.startEngine();
        Await.until("removal", () -> isGone(engine, rm.id()));
        assertFalse(Files.exists(fx.containerDir(rm.id())));
    }

    @Test
    void namesAndIdsAreLoadedAgain() {
        Container web = fx.create("web");
        fx.engine.close();
        CoreAssembly engine = fx.startEngine();
        assertEquals(web.id(), engine.lifecycle.inspect("web").id());
        assertEquals(web.created(), engine.lifecycle.inspect("web").created());
        assertEquals(web.config(), engine.lifecycle.inspect("web").config());
        assertThrows(ConflictException.class, () -> fx.create("web"));
    }

    static boolean isGone(CoreAssembly engine, String ref) {
        try {
            engine.lifecycle.inspect(ref);
            return false;
        } catch (NotFoundException e) {
            return true;
        }
    }

    private void markRemoving(String id) throws IOException {
        Path record = fx.containerDir(id).resolve("container.json");
        Files.writeString(record, Files.readString(record).replace("\"CREATED\"", "\"REMOVING\""));
    }
}
