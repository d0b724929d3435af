package io.gantry.core.internal.health;

import io.gantry.api.container.ContainerState;
import io.gantry.api.container.health.HealthConfig;
import io.gantry.api.container.health.HealthResult;
import io.gantry.core.internal.state.ContainerHandle;
import io.gantry.core.internal.state.ContainerRecord;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * The probing of one run of one container, as Docker's monitor does it: wait the interval, probe, record the
 * result, wait the interval again, until stopped. At most one probe runs at a time; stopping kills it.
 */
final class ProbeLoop {
    private final ContainerHandle handle;
    private final HealthConfig check;
    private final Instant startedAt;
    private final ProbeContext context;
    private final BiConsumer<ProbeLoop, HealthResult> recorder;
    private boolean stopped;
    private ScheduledFuture<?> next;
    private Probe probe;

    /** @param startedAt the start of the run it probes; results reach only that run's record */
    ProbeLoop(ContainerHandle handle, HealthConfig check, Instant startedAt, ProbeContext context,
            BiConsumer<ProbeLoop, HealthResult> recorder) {
        this.handle = handle;
        this.check = check;
        this.startedAt = startedAt;
        this.context = context;
        this.recorder = recorder;
    }

    ContainerHandle handle() {
        return handle;
    }

    synchronized void start() {
        if (stopped) {
            return;
        }
        try {
            next = context.timer().schedule(this::probe, check.intervalOrDefault().toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            stopped = true;
        }
    }

    void stop() {
        Probe running;
        synchronized (this) {
            stopped = true;
            if (next != null) {
                next.cancel(false);
            }
            running = probe;
        }
        if (running != null) {
            running.cancel();
        }
    }

    /** Whether a result may still be recorded in this record: the loop goes on and the run is the same. */
    boolean isCurrentFor(ContainerRecord record) {
        synchronized (this) {
            if (stopped) {
                return false;
            }
        }
        return record.state == ContainerState.RUNNING && Objects.equals(startedAt, record.startedAt);
    }

    private void probe() {
        Probe started;
        synchronized (this) {
            if (stopped) {
                return;
            }
            started = Probe.start(context, handle.id(), check);
            probe = started;
        }
        started.result().whenCompleteAsync((result, error) -> {
            if (result != null) {
                recorder.accept(this, result);
            }
            start();
        }, context.threads());
    }
}
