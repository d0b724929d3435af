package io.gantry.core.internal;

import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.ContainerState;
import io.gantry.api.container.WaitCondition;
import io.gantry.api.container.monitor.LogOptions;
import io.gantry.api.event.Event;
import io.gantry.api.image.ImageConfig;
import io.gantry.api.runtime.OciRuntime;
import io.gantry.cgroup.devices.internal.DevicesController;
import io.gantry.core.internal.events.AsyncEventBus;
import io.gantry.natives.internal.LibcSyscalls;
import io.gantry.ns.mnt.internal.MountConfig;
import io.gantry.ns.mnt.internal.MountNamespaceProvider;
import io.gantry.ns.pid.internal.PidNamespaceProvider;
import io.gantry.runtime.oci.testing.TestRuntimes;
import io.gantry.shim.internal.ConmonConfig;
import io.gantry.shim.internal.ConmonShimManager;
import io.gantry.testkit.Await;
import io.gantry.testkit.ConfigAnnotations;
import io.gantry.testkit.TestRoots;
import io.gantry.testkit.fake.FakeImages;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * An engine over real runc and conmon, with busybox containers, as root. Its roots are under a short folder
 * in /run (conmon's attach socket path must stay under the Unix socket limit); close() removes every
 * container it made, then the folder.
 */
final class RealEngine implements AutoCloseable {
    private static final String END_MARK = "--end-of-script--";
    final Path root;
    CoreAssembly engine;
    final OciRuntime runc;
    final FolderVolumeDriver volumes;
    private final BusyboxStorage storage;
    final FakeImages images = FakeImages.empty();
    final List<Event> events = new CopyOnWriteArrayList<>();
    private final ConmonShimManager shim;
    private final AsyncEventBus bus = new AsyncEventBus();
    private final AutoCloseable subscription;

    RealEngine() throws IOException {
        root = Files.createDirectories(Path.of("/run/gtc-" + Long.toHexString(ThreadLocalRandom.current().nextLong()
                & 0xffffffffL)));
        images.add("busybox", new ImageConfig(List.of("PATH=/bin"), null, List.of("sh"), null, null, Map.of(), null));
        runc = TestRuntimes.runc(root.resolve("run"));
        shim = new ConmonShimManager(TestRoots.run(root.resolve("run")), ConfigAnnotations.of(ConmonConfig.class,
                Map.of("binary", "/usr/bin/conmon", "create_timeout", 30)), new LibcSyscalls());
        subscription = bus.subscribe(e -> true, events::add);
        storage = new BusyboxStorage(Files.createDirectories(root.resolve("storage")));
        volumes = new FolderVolumeDriver(Files.createDirectories(root.resolve("volumes")));
        engine = assemble();
    }

    /** The core's components on this engine's roots, with every provider bound, as when the core bundle starts. */
    private CoreAssembly assemble() {
        CoreAssembly core = new CoreAssembly(root, TestCoreConfig.withStopTimeout(2), images, bus);
        core.providers.bindStorageDriver(storage, Map.of("service.id", 1L));
        core.providers.bindOciRuntime(runc, Map.of("service.id", 2L));
        core.providers.bindNamespaceProvider(new MountNamespaceProvider(ConfigAnnotations.of(MountConfig.class,
                Map.of())), Map.of("service.id", 3L));
        core.providers.bindNamespaceProvider(new PidNamespaceProvider(), Map.of("service.id", 4L));
        core.providers.bindShimManager(shim, Map.of("service.id", 5L));
        core.providers.bindVolumeDriver(volumes, Map.of("service.id", 6L));
        core.providers.bindCgroupController(new DevicesController(), Map.of("service.id", 7L));
        core.archive.bindSyscalls(new LibcSyscalls());
        core.health.bindSyscalls(new LibcSyscalls());
        return core;
    }

    /**
     * Stops the core's components and makes them anew on the same roots, as an update or restart of the core
     * bundle does; the containers, runc and conmon are left alone.
     */
    void restartCore() {
        engine.close();
        engine = assemble();
    }

    Container run(ContainerConfig.Builder config) {
        Container created = engine.lifecycle.create(config.build());
        engine.lifecycle.start(created.id());
        return engine.lifecycle.inspect(created.id());
    }

    /** Runs the container and waits until it ended. */
    Container runToEnd(ContainerConfig.Builder config) throws Exception {
        Container box = run(config);
        engine.lifecycle.waitFor(box.id(), WaitCondition.NOT_RUNNING).get(10, TimeUnit.SECONDS);
        return engine.lifecycle.inspect(box.id());
    }

    /** Everything the container wrote to stdout and stderr so far, each line ended by a newline. */
    String log(String id) {
        StringBuilder text = new StringBuilder();
        engine.monitor.logs(id, LogOptions.ALL, entry -> {
            text.append(entry.text()).append(entry.partial() ? "" : "\n");
            return true;
        });
        return text.toString();
    }

    /** A busybox container that runs {@code script} in sh and then prints an end mark, see {@link #output}. */
    static ContainerConfig.Builder script(String script) {
        return busybox("sh", "-c", script + "; echo " + END_MARK);
    }

    /**
     * The log of a {@link #script} container once its end mark is there (conmon may still be writing the log
     * when the container's exit is known), without the mark. Lines of stderr may come before or after those of
     * stdout written earlier.
     */
    String output(String id) {
        Await.until(() -> "the end mark in the log of " + id + ", which is: " + log(id),
                () -> log(id).lines().anyMatch(END_MARK::equals));
        return log(id).replace(END_MARK + "\n", "");
    }

    static ContainerConfig.Builder busybox(String... cmd) {
        return ContainerConfig.builder("busybox").cmd(List.of(cmd));
    }

    ContainerState state(String id) {
        return engine.lifecycle.inspect(id).state();
    }

    List<String> actions(String id) {
        return events.stream().filter(e -> e.actorId().equals(id)).map(Event::action).toList();
    }

    @Override
    public void close() throws Exception {
        try {
            for (Container container : engine.lifecycle.list(true)) {
                try {
                    engine.lifecycle.remove(container.id(), true);
                } finally {
                    runc.delete(container.id(), true);
                }
            }
        } finally {
            engine.close();
            Method deactivate = ConmonShimManager.class.getDeclaredMethod("deactivate");
            deactivate.setAccessible(true);
            deactivate.invoke(shim);
            subscription.close();
            bus.deactivate();
            TestFiles.deleteTree(root);
        }
    }
}
