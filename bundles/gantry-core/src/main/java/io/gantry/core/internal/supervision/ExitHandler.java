package io.gantry.core.internal.supervision;

import io.gantry.api.cgroup.CgroupController;
import io.gantry.api.cgroup.CgroupLayout;
import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerState;
import io.gantry.api.shim.ShimManager;
import io.gantry.core.internal.health.HealthRules;
import io.gantry.core.internal.lifecycle.Teardown;
import io.gantry.core.internal.network.ContainerNetworks;
import io.gantry.core.internal.provider.ProviderDirectory;
import io.gantry.core.internal.state.ContainerEvents;
import io.gantry.core.internal.state.ContainerHandle;
import io.gantry.core.internal.state.ContainerRecord;
import io.gantry.core.internal.state.StateStore;
import io.gantry.core.internal.volume.ContainerVolumes;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records a container's exit: exit code and OOM kill, release of its runtime container, mount and shim
 * records, the "die" event, the waiters, then the restart policy or the automatic removal. Serialized per
 * container and idempotent: a second report of the same exit finds the container no longer running and does
 * nothing.
 */
final class ExitHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ExitHandler.class);

    private final StateStore state;
    private final ProviderDirectory providers;
    private final ContainerNetworks networks;
    private final ContainerEvents events;
    private final Teardown teardown;
    private final AutoRemover autoRemover;
    private final RestartScheduler restarts;

    ExitHandler(StateStore state, ProviderDirectory providers, ContainerNetworks networks, ContainerEvents events,
            AutoRemover autoRemover, RestartScheduler restarts) {
        this.state = state;
        this.providers = providers;
        this.networks = networks;
        this.events = events;
        this.teardown = new Teardown(providers, networks, new ContainerVolumes(providers, state.index()));
        this.autoRemover = autoRemover;
        this.restarts = restarts;
    }

    /** The shim reported that container {@code id} exited. */
    void onExit(String id) {
        ContainerHandle handle = state.index().byId(id);
        if (handle == null) {
            return;
        }
        Optional<ShimManager> shim = providers.shims.best();
        Integer code = shim.flatMap(s -> providers.call("shim", () -> s.exitCode(id))).orElse(null);
        finish(handle, code == null ? ContainerRecord.LOST_EXIT_CODE : code,
                code == null ? "the shim recorded no exit code" : null);
    }

    /** The container vanished while the engine was away: nothing recorded how it ended. */
    void onLost(ContainerHandle handle) {
        finish(handle, ContainerRecord.LOST_EXIT_CODE, "container was lost while the engine was down");
    }

    private void finish(ContainerHandle handle, int exitCode, String error) {
        boolean exited = handle.locked(() -> {
            ContainerRecord record = handle.record();
            if (!record.state.isLive() || handle.isRemoved()) {
                return false;
            }
            record.oomKilled = oomKilled(record);
            record.state = ContainerState.EXITED;
            record.exitCode = exitCode;
            record.error = error;
            record.finishedAt = Instant.now();
            record.pid = 0;
            record.networks = ContainerNetworks.detached(record.networks);
            record.health = HealthRules.stopped(record.health);
            // readers see the exit only once the run's mounts, cgroups and endpoints are gone; the shim's record
            // of the exit goes after the save, so that it outlives a crash before the new state is on disk
            teardown.releaseRun(record);
            try {
                state.records().save(handle);
            } finally {
                teardown.forgetExit(record);
            }
            networks.refreshHosts(record.networkNames());
            Container container = handle.view();
            if (record.oomKilled) {
                events.publish(container, "oom");
            }
            events.publish(container, "die", Map.of("exitCode", Integer.toString(exitCode)));
            state.waiters().exited(record.id, record.exitStatus());
            restarts.afterExit(handle);
            return true;
        });
        if (exited && handle.view().config().autoRemove()) {
            autoRemover.removeWhenLogsDrained(handle.id());
        }
    }

    /** Read before the runtime deletes the cgroup: the memory controller's oom_kill count. */
    private boolean oomKilled(ContainerRecord record) {
        Optional<CgroupController> memory = providers.cgroups.get("memory");
        if (memory.isEmpty() || record.cgroupsPath == null) {
            return false;
        }
        try {
            Map<String, Long> stats = memory.get().stats(CgroupLayout.detect(), record.cgroupsPath);
            return stats.getOrDefault("oom_kill", 0L) > 0;
        } catch (RuntimeException e) {
            LOG.warn("Cannot read the memory statistics of container {}: {}", record.id, e.toString());
            return false;
        }
    }
}
