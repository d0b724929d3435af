package io.gantry.core.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gantry.api.ConflictException;
import io.gantry.api.event.EventBus;
import io.gantry.api.image.ImageService;
import io.gantry.api.shim.ShimManager;
import io.gantry.api.system.SystemInfo;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires the engine's parts together, loads the records and runs background work (exit handling,
 * recovery, automatic removal) on its own daemon threads, never on the caller's.
 */
final class Engine implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);
    /** In-flight work (an exit being recorded) is short; it is let finish rather than cut in half. */
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(2);

    private final ExecutorService executor;
    private final EngineParts parts;
    private final ContainerOperations containers;
    private final NetworkOperations networks;
    private final SystemInfoReader system;
    private final ExitHandler exits;
    private final Recovery recovery;
    private final RestartScheduler restarts;
    private final LayerCollector layerCollector;
    private final Consumer<String> exitListener;
    private volatile boolean open = true;

    Engine(Settings settings, ImageService images, EventBus events) {
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "gantry-core-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        ObjectMapper json = Json.mapper();
        ContainerIndex index = new ContainerIndex();
        Providers providers = new Providers();
        this.parts = new EngineParts(settings, providers, index, new ContainerStore(settings, json),
                new ContainerNames(index), images, new ContainerEvents(events), new Waiters(), new LogFollowers(),
                new ExecRegistry(Clock.systemUTC()), executor,
                new ContainerNetworks(providers, index, settings));
        ContainerStopper stopper = new ContainerStopper(parts);
        ContainerRemover remover = new ContainerRemover(parts, stopper);
        AutoRemover autoRemover = new AutoRemover(parts, remover);
        ContainerStarter starter = new ContainerStarter(parts, json);
        this.restarts = new RestartScheduler(parts, starter);
        this.exits = new ExitHandler(parts, autoRemover, restarts);
        this.recovery = new Recovery(parts, exits, remover, autoRemover, new BootRestarts(parts, starter));
        this.containers = new ContainerOperations(parts, json, () -> open, stopper, remover);
        this.networks = new NetworkOperations(parts);
        String version = BundleOrigin.of(this).version();
        this.system = new SystemInfoReader(parts, version != null ? version : "unknown");
        this.exitListener = id -> runLater(() -> exits.onExit(id));
        loadRecords();
        this.layerCollector = new LayerCollector(providers, index, images, events);
        recoverLater();
    }

    ContainerOperations containers() {
        return containers;
    }

    NetworkOperations networks() {
        return networks;
    }

    Providers providers() {
        return parts.providers();
    }

    SystemInfo info() {
        return system.info();
    }

    void bindShim(ShimManager shim, Map<String, Object> properties) {
        parts.providers().shims.bind(shim, properties);
        shim.addExitListener(exitListener);
        recoverLater();
    }

    void unbindShim(ShimManager shim) {
        shim.removeExitListener(exitListener);
        parts.providers().shims.unbind(shim);
    }

    /** Reconciles the records with the runtime, e.g. after a shim or runtime appeared. */
    void recoverLater() {
        runLater(recovery::run);
    }

    /** Stops the engine's own threads. Containers, shims and runtimes are not touched: they outlive it. */
    @Override
    public void close() {
        open = false;
        parts.providers().shims.all().forEach(shim -> shim.removeExitListener(exitListener));
        restarts.close();
        layerCollector.close();
        executor.shutdown();
        try {
            if (!executor.awaitTermination(SHUTDOWN_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("Engine tasks still running after {} ms; recovery finishes them at the next start",
                        SHUTDOWN_GRACE.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void loadRecords() {
        for (ContainerRecord record : parts.store().loadAll()) {
            try {
                parts.index().reserveName(record.name, record.id);
                parts.index().add(new ContainerHandle(record, parts.settings().logPath(record.id)));
            } catch (ConflictException e) {
                LOG.error("Container {} is not loaded: {}", record.id, e.getMessage());
            }
        }
    }

    private void runLater(Runnable task) {
        try {
            executor.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    LOG.error("Background engine task failed", e);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.debug("Engine is stopped; dropped a background task");
        }
    }
}
