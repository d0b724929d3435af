package io.gantry.core.internal;

import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.ContainerState;
import io.gantry.api.event.Event;
import io.gantry.api.image.ImageConfig;
import io.gantry.api.runtime.OciRuntime;
import io.gantry.natives.internal.LibcSyscalls;
import io.gantry.ns.mnt.internal.MountConfig;
import io.gantry.ns.mnt.internal.MountNamespaceProvider;
import io.gantry.ns.pid.internal.PidNamespaceProvider;
import io.gantry.runtime.oci.testing.TestRuntimes;
import io.gantry.shim.internal.ConmonConfig;
import io.gantry.shim.internal.ConmonShimManager;
import io.gantry.testkit.ConfigAnnotations;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

/**
 * An engine over real runc and conmon, with busybox containers, as root. Its roots are under a short folder
 * in /run (conmon's attach socket path must stay under the Unix socket limit); close() removes every
 * container it made, then the folder.
 */
final class RealEngine implements AutoCloseable {
    final Path root;
    final GantryEngine engine;
    final OciRuntime runc;
    final List<Event> events = new CopyOnWriteArrayList<>();
    private final ConmonShimManager shim;
    private final AsyncEventBus bus = new AsyncEventBus();
    private final AutoCloseable subscription;

    RealEngine() throws IOException {
        root = Files.createDirectories(Path.of("/run/gtc-" + Long.toHexString(ThreadLocalRandom.current().nextLong()
                & 0xffffffffL)));
        FakeImages images = new FakeImages();
        images.add("busybox", new ImageConfig(List.of("PATH=/bin"), null, List.of("sh"), null, null, Map.of(), null));
        runc = TestRuntimes.runc(root.resolve("run"));
        shim = new ConmonShimManager(ConfigAnnotations.of(ConmonConfig.class, Map.of("binary", "/usr/bin/conmon",
                "run_root", root.resolve("run").toString(), "create_timeout", 30)), new LibcSyscalls());
        subscription = bus.subscribe(e -> true, events::add);
        engine = new GantryEngine(new TestCoreConfig(root, 2), images, bus);
        engine.bindStorageDriver(new BusyboxStorage(Files.createDirectories(root.resolve("storage"))),
                Map.of("service.id", 1L));
        engine.bindOciRuntime(runc, Map.of("service.id", 2L));
        engine.bindNamespaceProvider(new MountNamespaceProvider(ConfigAnnotations.of(MountConfig.class, Map.of())),
                Map.of("service.id", 3L));
        engine.bindNamespaceProvider(new PidNamespaceProvider(), Map.of("service.id", 4L));
        engine.bindShimManager(shim, Map.of("service.id", 5L));
        engine.bindSyscalls(new LibcSyscalls());
    }

    Container run(ContainerConfig.Builder config) {
        Container created = engine.create(config.build());
        engine.start(created.id());
        return engine.inspect(created.id());
    }

    static ContainerConfig.Builder busybox(String... cmd) {
        return ContainerConfig.builder("busybox").cmd(List.of(cmd));
    }

    ContainerState state(String id) {
        return engine.inspect(id).state();
    }

    List<String> actions(String id) {
        return events.stream().filter(e -> e.actorId().equals(id)).map(Event::action).toList();
    }

    @Override
    public void close() throws Exception {
        try {
            for (Container container : engine.list(true)) {
                try {
                    engine.remove(container.id(), true);
                } finally {
                    runc.delete(container.id(), true);
                }
            }
        } finally {
            engine.deactivate();
            Method deactivate = ConmonShimManager.class.getDeclaredMethod("deactivate");
            deactivate.setAccessible(true);
            deactivate.invoke(shim);
            subscription.close();
            bus.deactivate();
            TestFiles.deleteTree(root);
        }
    }
}
