package io.gantry.core.internal.supervision;

import io.gantry.api.NotFoundException;
import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerState;
import io.gantry.api.runtime.OciRuntime;
import io.gantry.api.runtime.RuntimeState;
import io.gantry.api.shim.ShimManager;
import io.gantry.core.internal.lifecycle.ContainerTransitions;
import io.gantry.core.internal.network.ContainerNetworks;
import io.gantry.core.internal.provider.ProviderCalls;
import io.gantry.core.internal.provider.ProviderDirectory;
import io.gantry.core.internal.state.ContainerHandle;
import io.gantry.core.internal.state.ContainerRecord;
import io.gantry.core.internal.state.StateStore;
import io.gantry.core.internal.volume.ContainerVolumes;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reconciles the records with reality after the engine (re)started or a shim or runtime appeared:
 * containers that exited meanwhile get their exit handled, lost ones are marked, cut-short removals are
 * finished, exited --rm containers are removed, running ones are kept (paused ones as paused), containers
 * whose restart policy asks for it are started, and network endpoints, namespace files and volume mounts of
 * containers that no longer run are released. Safe to run any number of times.
 */
final class Recovery {
    private static final Logger LOG = LoggerFactory.getLogger(Recovery.class);

    private final StateStore state;
    private final ProviderDirectory providers;
    private final ContainerNetworks networks;
    private final ExitHandler exits;
    private final ContainerTransitions transitions;
    private final AutoRemover autoRemover;
    private final BootRestarts bootRestarts;
    private final ContainerVolumes volumes;

    Recovery(StateStore state, ProviderDirectory providers, ContainerNetworks networks, ExitHandler exits,
            ContainerTransitions transitions, AutoRemover autoRemover,
            BootRestarts bootRestarts) {
        this.state = state;
        this.providers = providers;
        this.networks = networks;
        this.exits = exits;
        this.transitions = transitions;
        this.autoRemover = autoRemover;
        this.bootRestarts = bootRestarts;
        this.volumes = new ContainerVolumes(providers, state.index());
    }

    /** Runs one pass at a time, so that overlapping triggers do not decide the same container twice. */
    synchronized void run() {
        for (ContainerHandle handle : state.index().all()) {
            try {
                reconcile(handle);
            } catch (RuntimeException e) {
                LOG.error("Recovery of container {} failed: {}", handle.id(), ProviderCalls.describe(e));
            }
        }
        try {
            networks.reconcile(containersUsingNetworks());
        } catch (RuntimeException e) {
            LOG.error("Reconciling the networks failed: {}", ProviderCalls.describe(e));
        }
        bootRestarts.run();
    }

    /** Running containers, and any being started: their endpoints are recorded before they run. */
    private Set<String> containersUsingNetworks() {
        return state.index().all().stream().map(ContainerHandle::view)
                .filter(c -> c.state().isLive() || c.networks().stream().anyMatch(n -> n.ipv4Address() != null))
                .map(Container::id).collect(Collectors.toSet());
    }

    private void reconcile(ContainerHandle handle) {
        ContainerState state = handle.view().state();
        if (state == ContainerState.REMOVING) {
            transitions.finishRemoval(handle);
        } else if (state == ContainerState.EXITED && handle.view().config().autoRemove()) {
            // its exit was handled but the engine stopped before the automatic removal
            autoRemover.removeWhenLogsDrained(handle.id());
        } else if (state.isLive()) {
            Optional<ShimManager> shim = providers.shims.best();
            Optional<OciRuntime> runtime = providers.runtimes.get(handle.view().runtime());
            if (shim.isPresent() && runtime.isPresent()) {
                reconcileLive(handle, shim.get(), runtime.get());
            }
        } else {
            releaseVolumes(handle);
        }
    }

    /** A volume driver that was away when the container's run ended still counts it as a user. */
    private void releaseVolumes(ContainerHandle handle) {
        handle.locked(() -> {
            if (!handle.isRemoved() && !handle.record().state.isLive()) {
                volumes.unmountAll(handle.record());
            }
        });
    }

    private void reconcileLive(ContainerHandle handle, ShimManager shim, OciRuntime runtime) {
        String id = handle.id();
        if (hasExitCode(shim, id)) {
            exits.onExit(id);
        } else if (isAlive(handle, runtime) || providers.call("shim", () -> shim.isAlive(id))) {
            LOG.debug("Container {} is still running", id);
        } else if (hasExitCode(shim, id)) {
            // it exited between the first look and now
            exits.onExit(id);
        } else {
            LOG.warn("Container {} was lost while the engine was down", id);
            exits.onLost(handle);
        }
    }

    private boolean hasExitCode(ShimManager shim, String id) {
        return providers.call("shim", () -> shim.exitCode(id)).isPresent();
    }

    /**
     * Alive in the runtime; a container paused or resumed while the engine was away is recorded as it is.
     * Read under the lock, so that a pause or unpause in progress is not undone.
     */
    private boolean isAlive(ContainerHandle handle, OciRuntime runtime) {
        return handle.locked(() -> {
            RuntimeState inRuntime;
            try {
                inRuntime = providers.call("runtime " + runtime.name(), () -> runtime.state(handle.id()));
            } catch (NotFoundException e) {
                return false;
            }
            boolean paused = inRuntime.status().equals("paused");
            if (!paused && !inRuntime.status().equals("running")) {
                return false;
            }
            ContainerRecord record = handle.record();
            ContainerState actual = paused ? ContainerState.PAUSED : ContainerState.RUNNING;
            if (record.state != actual && record.state.isLive() && record.state != ContainerState.RESTARTING) {
                record.state = actual;
                state.records().save(handle);
            }
            return true;
        });
    }
}
