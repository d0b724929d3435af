package io.gantry.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.ConflictException;
import io.gantry.api.FailedPreconditionException;
import io.gantry.api.GantryException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.NotFoundException;
import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.NamespaceMode;
import io.gantry.api.container.Resources;
import io.gantry.api.network.PortBinding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A create that fails says why and leaves nothing: no directory, no storage, no image reference, no name. */
class CreateErrorsTest extends StartedEngineTest {
    @Test
    void nameInUseIsAConflictNamingTheHolder() {
        Container web = fx.create("web");
        ConflictException conflict = assertThrows(ConflictException.class, () -> fx.create("web"));
        assertEquals("container name /web is already in use by container " + web.id(), conflict.getMessage());
        assertThrows(ConflictException.class, () -> fx.create("/web"));
        assertLeftOnly(web.id());
    }

    @Test
    void invalidNamesAreRejected() {
        InvalidArgumentException bad = assertThrows(InvalidArgumentException.class, () -> fx.create("-web"));
        assertEquals("invalid container name \"-web\": only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed", bad.getMessage());
        assertThrows(InvalidArgumentException.class, () -> fx.create("we b"));
        assertLeftOnly();
    }

    @Test
    void missingRuntimeListsTheInstalledOnes() {
        NotFoundException missing = assertThrows(NotFoundException.class, () -> engine.lifecycle.create(
                ContainerConfig.builder("busybox").runtime("foo").build()));
        assertEquals("no runtime named foo is installed (installed: crun, runc)", missing.getMessage());
        assertLeftOnly();
    }

    @Test
    void missingStorageDriver() {
        engine.providers.unbindStorageDriver(fx.overlay);
        FailedPreconditionException missing = assertThrows(FailedPreconditionException.class,
                () -> fx.create("web"));
        assertEquals("no storage driver is installed", missing.getMessage());
        assertLeftOnly();
    }

    @Test
    void unsupportedOverlayFallsBackToVfs() throws IOException {
        fx.overlay.supported = false;
        FakeStorage vfs = new FakeStorage("vfs", Files.createDirectories(root.resolve("vfs")));
        engine.providers.bindStorageDriver(vfs, Map.of("service.id", 20L));
        Container web = fx.create("web");
        assertEquals("vfs", web.storageDriver());
        assertTrue(vfs.layers.contains("chain-b-busybox"));
        assertEquals("vfs", engine.system.info().defaultStorage());
    }

    @Test
    void missingShim() {
        engine.providers.unbindShimManager(fx.shim);
        FailedPreconditionException missing = assertThrows(FailedPreconditionException.class,
                () -> fx.create("web"));
        assertEquals("no container shim is installed", missing.getMessage());
    }

    @Test
    void unknownImage() {
        NotFoundException missing = assertThrows(NotFoundException.class, () -> engine.lifecycle.create(
                ContainerConfig.builder("nginx").name("web").build()));
        assertEquals("no such image: nginx", missing.getMessage());
        assertLeftOnly();
    }

    @Test
    void invalidMemoryLimitFailsAtCreate() {
        InvalidArgumentException invalid = assertThrows(InvalidArgumentException.class, () -> engine.lifecycle.create(
                ContainerConfig.builder("busybox").name("web").resources(Resources.NONE.withMemory(-5L)).build()));
        assertEquals("invalid memory limit -5: minimum memory limit is 6MB", invalid.getMessage());
        assertLeftOnly();
    }

    @Test
    void limitWithoutItsControllerIsAClearError() {
        FailedPreconditionException missing = assertThrows(FailedPreconditionException.class, () -> engine.lifecycle.create(
                ContainerConfig.builder("busybox").resources(Resources.NONE.withPidsLimit(10L)).build()));
        assertEquals("cannot apply the pids limit: no cgroup controller named pids is installed",
                missing.getMessage());
    }

    @Test
    void otherInvalidSettings() {
        assertThrows(InvalidArgumentException.class, () -> engine.lifecycle.create(ContainerConfig.builder(" ").build()));
        assertThrows(InvalidArgumentException.class,
                () -> engine.lifecycle.create(ContainerConfig.builder("busybox").stopSignal("SIGNOPE").build()));
        assertThrows(InvalidArgumentException.class,
                () -> engine.lifecycle.create(ContainerConfig.builder("busybox").workingDir("relative").build()));
        NotFoundException network = assertThrows(NotFoundException.class,
                () -> engine.lifecycle.create(ContainerConfig.builder("busybox").networkMode("ipvlan").build()));
        assertEquals("network ipvlan not found", network.getMessage());
        NotFoundException driver = assertThrows(NotFoundException.class,
                () -> engine.lifecycle.create(ContainerConfig.builder("busybox").networkMode("bridge").build()));
        assertEquals("no network driver named bridge is installed", driver.getMessage());
        assertThrows(InvalidArgumentException.class, () -> engine.lifecycle.create(ContainerConfig.builder("busybox")
                .ports(List.of(PortBinding.tcp(8080, 80))).build()));
        assertThrows(NotFoundException.class,
                () -> engine.lifecycle.create(ContainerConfig.builder("busybox").networkMode("container:nope").build()));
        assertEquals("No such container: nope", assertThrows(NotFoundException.class, () -> engine.lifecycle.create(
                ContainerConfig.builder("busybox").ipcMode(NamespaceMode.container("nope")).build())).getMessage());
        assertLeftOnly();
    }

    @Test
    void failureAfterTheChecksUndoesEveryStep() {
        fx.overlay.failApply = true;
        GantryException failure = assertThrows(GantryException.class, () -> fx.create("web"));
        assertEquals("storage driver overlay failed: disk full while unpacking chain-a-busybox",
                failure.getMessage());
        assertLeftOnly();
        assertTrue(fx.images.usersOf(fx.busybox).isEmpty(), "image released");
        assertTrue(fx.events.isEmpty(), "no create event");

        fx.overlay.failApply = false;
        Container web = fx.create("web");
        assertEquals("web", web.name());
    }

    @Test
    void layersAreUnpackedOnceForManyContainers() {
        fx.create("one");
        fx.create("two");
        assertEquals(2, fx.overlay.applyCalls.get());
    }

    @Test
    void concurrentCreatesShareTheLayersAndNeverTheName() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Container>> creates = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String name = i % 2 == 0 ? "same" : "own" + i;
                creates.add(pool.submit(() -> {
                    go.await();
                    return fx.create(name);
                }));
            }
            go.countDown();
            int created = 0;
            for (Future<Container> create : creates) {
                try {
                    create.get(5, TimeUnit.SECONDS);
                    created++;
                } catch (ExecutionException e) {
                    assertTrue(e.getCause() instanceof ConflictException, e.getCause().toString());
                }
            }
            assertEquals(5, created, "four own names and one winner of the shared name");
            assertEquals(2, fx.overlay.applyCalls.get(), "each layer unpacked once");
        } finally {
            pool.shutdownNow();
        }
    }

    /** Only these containers exist: in the index, on disk and in storage. */
    private void assertLeftOnly(String... ids) {
        assertEquals(ids.length, engine.lifecycle.list(true).size());
        Path containers = root.resolve("data/containers");
        try (Stream<Path> dirs = Files.exists(containers) ? Files.list(containers) : Stream.empty()) {
            assertEquals(ids.length, dirs.count());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertTrue(Set.of(ids).containsAll(fx.overlay.containers()), "no storage of other containers");
        assertEquals(Set.of(ids), fx.images.usersOf(fx.busybox));
    }
}
