package io.gantry.core.internal;

import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Removes an exited --rm container once every log reader of it has finished. */
final class AutoRemover {
    private static final Logger LOG = LoggerFactory.getLogger(AutoRemover.class);

    private final EngineParts parts;
    private final ContainerRemover remover;

    AutoRemover(EngineParts parts, ContainerRemover remover) {
        this.parts = parts;
        this.remover = remover;
    }

    void removeWhenLogsDrained(String id) {
        parts.followers().whenIdle(id, () -> {
            try {
                parts.executor().execute(() -> removeIfPresent(id));
            } catch (RejectedExecutionException e) {
                LOG.info("Engine stopped before removing container {}; recovery removes it at the next start", id);
            }
        });
    }

    private void removeIfPresent(String id) {
        ContainerHandle handle = parts.index().byId(id);
        if (handle == null) {
            return;
        }
        try {
            remover.remove(handle, false);
        } catch (RuntimeException e) {
            LOG.warn("Automatic removal of container {} failed: {}", id, ProviderCalls.describe(e));
        }
    }
}
