package io.gantry.core.internal.supervision;

import io.gantry.api.container.ContainerState;
import io.gantry.core.internal.lifecycle.ContainerTransitions;
import io.gantry.core.internal.provider.ProviderCalls;
import io.gantry.core.internal.state.ContainerHandle;
import io.gantry.core.internal.state.ContainerRecord;
import io.gantry.core.internal.state.EngineThreads;
import io.gantry.core.internal.state.StateStore;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts containers again per their restart policy, with Docker's backoff: 100 ms, doubling up to a minute,
 * back to 100 ms once a run lasted 10 s. Between the exit and the new start the container is RESTARTING;
 * a stop or kill in that time ends the loop. A restart that fails to start gives up with its error recorded.
 */
final class RestartScheduler implements AutoCloseable {
    static final Duration FIRST_DELAY = Duration.ofMillis(100);
    static final Duration MAX_DELAY = Duration.ofMinutes(1);
    static final Duration RESET_AFTER = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(RestartScheduler.class);

    private final StateStore state;
    private final EngineThreads threads;
    private final ContainerTransitions transitions;
    private final ScheduledExecutorService timer;
    private final Map<String, Duration> delays = new ConcurrentHashMap<>();

    RestartScheduler(StateStore state, EngineThreads threads, ContainerTransitions transitions) {
        this.state = state;
        this.threads = threads;
        this.transitions = transitions;
        this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "gantry-core-restarts");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Called with the lock held, once an exit is recorded: schedules the restart when the policy asks for one.
     *
     * @return whether the container is now RESTARTING
     */
    boolean afterExit(ContainerHandle handle) {
        ContainerRecord record = handle.record();
        if (!RestartPolicies.restartsAfterExit(record)) {
            delays.remove(record.id);
            return false;
        }
        Duration delay = nextDelay(record);
        record.state = ContainerState.RESTARTING;
        state.records().save(handle);
        try {
            timer.schedule(() -> runOnEngine(handle), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            LOG.info("Engine stopped before restarting container {}; recovery restarts it", record.id);
        }
        return true;
    }

    private void runOnEngine(ContainerHandle handle) {
        try {
            threads.execute(() -> restart(handle));
        } catch (RejectedExecutionException e) {
            LOG.info("Engine stopped before restarting container {}; recovery restarts it", handle.id());
        }
    }

    private void restart(ContainerHandle handle) {
        handle.locked(() -> {
            ContainerRecord record = handle.record();
            if (handle.isRemoved()) {
                delays.remove(record.id);
            }
            if (record.state != ContainerState.RESTARTING || handle.isRemoved()) {
                return;
            }
            record.restartCount++;
            try {
                transitions.start(handle);
            } catch (RuntimeException e) {
                LOG.warn("Restart of container {} failed, giving up: {}", record.id, ProviderCalls.describe(e));
                delays.remove(record.id);
                record.state = ContainerState.EXITED;
                state.records().save(handle);
            }
        });
    }

    private Duration nextDelay(ContainerRecord record) {
        boolean ranLong = record.startedAt != null && record.finishedAt != null
                && Duration.between(record.startedAt, record.finishedAt).compareTo(RESET_AFTER) >= 0;
        Duration previous = delays.get(record.id);
        Duration next = previous == null || ranLong ? FIRST_DELAY
                : previous.multipliedBy(2).compareTo(MAX_DELAY) > 0 ? MAX_DELAY : previous.multipliedBy(2);
        delays.put(record.id, next);
        return next;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
