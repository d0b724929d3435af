package io.gantry.core.internal.supervision;

import io.gantry.api.container.ContainerState;
import io.gantry.core.internal.lifecycle.ContainerTransitions;
import io.gantry.core.internal.provider.ProviderCalls;
import io.gantry.core.internal.provider.ProviderDirectory;
import io.gantry.core.internal.state.ContainerHandle;
import io.gantry.core.internal.state.ContainerRecord;
import io.gantry.core.internal.state.StateStore;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Docker's daemon start: containers whose policy restarts them with the engine (always, or unless-stopped
 * when the user did not stop them) and that are found stopped are started, each once per engine life, as
 * soon as their runtime and a shim are there. Containers that exit later are the restart policy's business.
 */
final class BootRestarts {
    private static final Logger LOG = LoggerFactory.getLogger(BootRestarts.class);

    private final StateStore state;
    private final ProviderDirectory providers;
    private final ContainerTransitions transitions;
    private Set<String> pending;

    BootRestarts(StateStore state, ProviderDirectory providers, ContainerTransitions transitions) {
        this.state = state;
        this.providers = providers;
        this.transitions = transitions;
    }

    /** Called at the end of each recovery pass; the first pass decides which containers are due. */
    synchronized void run() {
        if (pending == null) {
            pending = state.index().all().stream().filter(BootRestarts::isDue).map(ContainerHandle::id)
                    .collect(Collectors.toCollection(HashSet::new));
        }
        Optional<?> shim = providers.shims.best();
        for (String id : Set.copyOf(pending)) {
            ContainerHandle handle = state.index().byId(id);
            if (handle == null) {
                pending.remove(id);
            } else if (shim.isPresent() && providers.runtimes.get(handle.view().runtime()).isPresent()) {
                pending.remove(id);
                startIfStillDue(handle);
            }
        }
    }

    private void startIfStillDue(ContainerHandle handle) {
        handle.locked(() -> {
            if (!isDue(handle)) {
                return;
            }
            try {
                transitions.start(handle);
            } catch (RuntimeException e) {
                LOG.warn("Container {} was not restarted with the engine: {}", handle.id(), ProviderCalls.describe(e));
            }
        });
    }

    private static boolean isDue(ContainerHandle handle) {
        return handle.locked(() -> {
            ContainerRecord record = handle.record();
            return !handle.isRemoved() && record.state == ContainerState.EXITED && record.startedAt != null
                    && RestartPolicies.restartsWithEngine(record);
        });
    }
}
