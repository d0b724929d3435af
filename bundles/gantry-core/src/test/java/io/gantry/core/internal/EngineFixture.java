package io.gantry.core.internal;

import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.event.Event;
import io.gantry.api.image.Image;
import io.gantry.api.image.ImageConfig;
import io.gantry.cgroup.devices.internal.DevicesController;
import io.gantry.core.internal.events.AsyncEventBus;
import io.gantry.core.internal.settings.CoreConfig;
import io.gantry.testkit.Await;
import io.gantry.testkit.fake.FakeImages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** An engine over fakes, with its files under a test directory, and a record of its events. */
final class EngineFixture implements AutoCloseable {
    final Path root;
    final FakeImages images = FakeImages.empty();
    final FakeStorage overlay;
    final FakeRuntime runc = new FakeRuntime("runc");
    final FakeRuntime crun = new FakeRuntime("crun");
    final FakeShim shim = new FakeShim();
    final FolderVolumeDriver volumes;
    final FakeMemoryController memory = new FakeMemoryController();
    final FakeNamespace uts = FakeNamespace.uts();
    final FakeNamespace pid = FakeNamespace.pid();
    final AsyncEventBus bus = new AsyncEventBus();
    final List<Event> events = new CopyOnWriteArrayList<>();
    final Image busybox;
    private final AutoCloseable subscription;
    CoreAssembly engine;
    /** The core configuration the next {@link #startEngine} uses. */
    CoreConfig config = TestCoreConfig.defaults();

    EngineFixture(Path root) {
        this.root = root;
        this.overlay = new FakeStorage("overlay", directory(root.resolve("storage")));
        this.volumes = new FolderVolumeDriver(directory(root.resolve("volumes")));
        this.busybox = images.add("busybox", new ImageConfig(List.of("PATH=/bin", "IMAGE_ONLY=1"), null,
                List.of("sh"), null, null, Map.of(), null));
        runc.shim = shim;
        crun.shim = shim;
        subscription = bus.subscribe(e -> true, events::add);
    }

    /** A new engine instance over the same files and fakes, with every provider bound. */
    CoreAssembly startEngine() {
        CoreAssembly started = startEngineWithoutProviders();
        bindAll(started);
        return started;
    }

    CoreAssembly startEngineWithoutProviders() {
        engine = new CoreAssembly(root, config, images, bus);
        return engine;
    }

    void bindAll(CoreAssembly target) {
        target.providers.bindStorageDriver(overlay, Map.of("service.id", 1L));
        target.providers.bindOciRuntime(runc, Map.of("service.id", 2L));
        target.providers.bindOciRuntime(crun, Map.of("service.id", 3L));
        target.providers.bindCgroupController(memory, Map.of("service.id", 4L));
        target.providers.bindNamespaceProvider(uts, Map.of("service.id", 5L));
        target.providers.bindNamespaceProvider(pid, Map.of("service.id", 6L));
        target.providers.bindShimManager(shim, Map.of("service.id", 7L, "name", "fake"));
        target.providers.bindVolumeDriver(volumes, Map.of("service.id", 8L));
        target.providers.bindCgroupController(new DevicesController(), Map.of("service.id", 9L));
    }

    Container create(String name) {
        return engine.lifecycle.create(ContainerConfig.builder("busybox").name(name).build());
    }

    Container run(String name) {
        Container created = create(name);
        engine.lifecycle.start(created.id());
        return engine.lifecycle.inspect(created.id());
    }

    Path containerDir(String id) {
        return root.resolve("data/containers").resolve(id);
    }

    String recordJson(String id) {
        try {
            return Files.readString(containerDir(id).resolve("container.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String recordJsonOfBundle(String id) {
        try {
            return Files.readString(containerDir(id).resolve("bundle/config.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> actions(String id) {
        return events.stream().filter(e -> e.actorId().equals(id)).map(Event::action).toList();
    }

    void awaitAction(String id, String action) {
        Await.until(action + " event of " + id, () -> actions(id).contains(action));
    }

    private static Path directory(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws Exception {
        if (engine != null) {
            engine.close();
        }
        subscription.close();
        bus.deactivate();
    }
}
