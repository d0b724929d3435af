package io.gantry.core.internal.state;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's background threads (exit handling, recovery, automatic removal, completions of waits), daemon
 * threads of the core's own, never a caller's. Containers are not touched when they stop: they outlive the engine.
 */
@Component(service = EngineThreads.class)
public final class EngineThreads implements Executor {
    /** In-flight work (an exit being recorded) is short; it is let finish rather than cut in half. */
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(2);
    private static final Logger LOG = LoggerFactory.getLogger(EngineThreads.class);

    private final ExecutorService executor;

    public EngineThreads() {
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "gantry-core-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** @throws RejectedExecutionException once the engine stopped */
    @Override
    public void execute(Runnable task) {
        executor.execute(task);
    }

    /** Runs the task in the background, logging its failure; dropped quietly once the engine stopped. */
    public void runLater(Runnable task) {
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

    @Deactivate
    public void close() {
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
}
