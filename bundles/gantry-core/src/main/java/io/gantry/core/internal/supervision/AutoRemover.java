package io.gantry.core.internal.supervision;

import io.gantry.core.internal.lifecycle.ContainerTransitions;
import io.gantry.core.internal.provider.ProviderCalls;
import io.gantry.core.internal.state.ContainerHandle;
import io.gantry.core.internal.state.EngineThreads;
import io.gantry.core.internal.state.StateStore;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Removes an exited --rm container, with its anonymous volumes, once every log reader of it has finished. */
final class AutoRemover {
    private static final Logger LOG = LoggerFactory.getLogger(AutoRemover.class);

    private final StateStore state;
    private final EngineThreads threads;
    private final ContainerTransitions transitions;

    AutoRemover(StateStore state, EngineThreads threads, ContainerTransitions transitions) {
        this.state = state;
        this.threads = threads;
        this.transitions = transitions;
    }

    void removeWhenLogsDrained(String id) {
        state.followers().whenIdle(id, () -> {
            try {
                threads.execute(() -> removeIfPresent(id));
            } catch (RejectedExecutionException e) {
                LOG.info("Engine stopped before removing container {}; recovery removes it at the next start", id);
            }
        });
    }

    private void removeIfPresent(String id) {
        ContainerHandle handle = state.index().byId(id);
        if (handle == null) {
            return;
        }
        try {
            transitions.remove(handle, false, true);
        } catch (RuntimeException e) {
            LOG.warn("Automatic removal of container {} failed: {}", id, ProviderCalls.describe(e));
        }
    }
}
