package io.gantry.core.internal.lifecycle;

import io.gantry.api.ConflictException;
import io.gantry.api.GantryException;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.ContainerState;
import io.gantry.api.container.ExitStatus;
import io.gantry.api.container.NamespaceMode;
import io.gantry.api.runtime.OciRuntime;
import io.gantry.core.internal.provider.ProviderCalls;
import io.gantry.core.internal.provider.ProviderDirectory;
import io.gantry.core.internal.settings.EngineSettings;
import io.gantry.core.internal.state.ContainerEvents;
import io.gantry.core.internal.state.ContainerHandle;
import io.gantry.core.internal.state.ContainerRecord;
import io.gantry.core.internal.state.StateStore;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.ToIntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signals containers: kill, and stop (stop signal, then SIGKILL after the timeout). A frozen container cannot
 * act on a signal, so a paused one is thawed right after its stop signal or SIGKILL, as Docker does. A
 * container waiting to be restarted has no process: a stop or kill just ends its restart loop.
 */
final class ContainerStopper {
    static final Duration KILL_GRACE = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(ContainerStopper.class);

    private final StateStore state;
    private final ProviderDirectory providers;
    private final EngineSettings settings;
    private final ContainerEvents events;
    private final ContainerPauser pauser;

    ContainerStopper(StateStore state, ProviderDirectory providers, EngineSettings settings, ContainerEvents events,
            ContainerPauser pauser) {
        this.state = state;
        this.providers = providers;
        this.settings = settings;
        this.events = events;
        this.pauser = pauser;
    }

    void kill(ContainerHandle handle, String signalName) {
        int signal = Signals.parse(signalName);
        handle.locked(() -> {
            ContainerRecord record = handle.record();
            if (!record.state.isLive()) {
                throw new ConflictException("container " + record.name + " is not running");
            }
            if (record.state == ContainerState.RESTARTING) {
                endRestartLoop(handle);
                return;
            }
            send(record, signal);
            if (record.state == ContainerState.PAUSED && (signal == Signals.SIGKILL || signal == stopSignal(record))) {
                pauser.thaw(handle);
            }
        });
    }

    /** No-op for a container that is not running. Its restart policy no longer applies until the next start. */
    void stop(ContainerHandle handle, Duration timeout) {
        CompletableFuture<ExitStatus> exit = signalIfLive(handle, record -> {
            record.manuallyStopped = true;
            return stopSignal(record);
        });
        if (exit == null) {
            return;
        }
        Duration wait = timeout != null ? timeout : stopTimeout(handle.view().config());
        if (!await(exit, wait, handle)) {
            LOG.info("Container {} did not stop within {} ms; killing it", handle.id(), wait.toMillis());
            killAndWait(handle);
        }
        events.publish(handle.view(), "stop");
    }

    /** SIGKILL, then wait for the exit to be handled. */
    void killAndWait(ContainerHandle handle) {
        CompletableFuture<ExitStatus> exit = signalIfLive(handle, record -> Signals.SIGKILL);
        if (exit != null && !await(exit, KILL_GRACE, handle)) {
            throw new GantryException("container " + handle.view().name() + " did not exit within "
                    + KILL_GRACE.toSeconds() + "s of SIGKILL");
        }
    }

    /**
     * Registers for the next exit and sends the signal, atomically with respect to exit handling.
     *
     * @return the exit to wait for, or null when there is no process to wait for
     */
    private CompletableFuture<ExitStatus> signalIfLive(ContainerHandle handle,
            ToIntFunction<ContainerRecord> signal) {
        return handle.locked(() -> {
            ContainerRecord record = handle.record();
            if (!record.state.isLive()) {
                return null;
            }
            int number = signal.applyAsInt(record);
            if (record.state == ContainerState.RESTARTING) {
                endRestartLoop(handle);
                return null;
            }
            CompletableFuture<ExitStatus> exit = state.waiters().nextExit(record.id);
            try {
                send(record, number);
                if (record.state == ContainerState.PAUSED) {
                    pauser.thaw(handle);
                }
            } catch (RuntimeException e) {
                // it may be exiting already; the wait tells, and SIGKILL follows if it does not
                LOG.warn("Signalling container {} failed: {}", record.id, ProviderCalls.describe(e));
            }
            return exit;
        });
    }

    /** The restart scheduler finds it no longer RESTARTING and leaves it stopped. */
    private void endRestartLoop(ContainerHandle handle) {
        handle.record().state = ContainerState.EXITED;
        state.records().save(handle);
    }

    private void send(ContainerRecord record, int signal) {
        OciRuntime runtime = providers.runtime(record.runtime);
        boolean all = record.config.pidMode().kind() == NamespaceMode.Kind.HOST;
        providers.run("runtime " + runtime.name(), () -> runtime.kill(record.id, signal, all));
        events.publish(record.toContainer(state.paths().logPath(record.id)), "kill",
                Map.of("signal", Integer.toString(signal)));
    }

    private int stopSignal(ContainerRecord record) {
        if (record.config.stopSignal() != null) {
            return Signals.parse(record.config.stopSignal());
        }
        String imageSignal = record.imageConfig == null ? null : record.imageConfig.stopSignal();
        return imageSignal != null && !imageSignal.isEmpty() ? Signals.parse(imageSignal) : Signals.SIGTERM;
    }

    private Duration stopTimeout(ContainerConfig config) {
        return config.stopTimeoutSeconds() != null ? Duration.ofSeconds(config.stopTimeoutSeconds())
                : settings.defaults().stopTimeout();
    }

    /** @return whether the exit came within the time */
    private static boolean await(CompletableFuture<ExitStatus> exit, Duration wait, ContainerHandle handle) {
        try {
            exit.get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GantryException("interrupted while waiting for container " + handle.id() + " to exit", e);
        }
    }
}
