package io.gantry.core.internal;

import io.gantry.api.runtime.OciRuntime;
import io.gantry.api.shim.ShimManager;
import io.gantry.api.storage.StorageDriver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Releases what a run of a container holds: the runtime's container (and with it the cgroups), its network
 * endpoints and namespace file, the root file system mount and the shim's records. Every step is idempotent and a failure of one is logged
 * without stopping the others, so it is safe after partial starts and repeated exits.
 */
final class Teardown {
    private static final Logger LOG = LoggerFactory.getLogger(Teardown.class);

    private final Providers providers;
    private final ContainerNetworks networks;

    Teardown(Providers providers, ContainerNetworks networks) {
        this.providers = providers;
        this.networks = networks;
    }

    /** With the container's own providers, as far as they are installed. */
    void release(ContainerRecord record) {
        release(record, providers.runtimes.get(record.runtime).orElse(null),
                providers.storage.get(record.storageDriver).orElse(null), providers.shims.best().orElse(null));
    }

    void release(ContainerRecord record, OciRuntime runtime, StorageDriver driver, ShimManager shim) {
        String id = record.id;
        if (runtime != null) {
            quietly(id, "runtime " + runtime.name() + " delete", () -> runtime.delete(id, true));
        }
        quietly(id, "network release", () -> networks.release(record));
        if (driver != null) {
            quietly(id, "storage driver " + driver.name() + " unmount", () -> driver.unmount(id));
        }
        if (shim != null) {
            quietly(id, "shim cleanup", () -> shim.cleanup(id));
        }
    }

    private static void quietly(String id, String step, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Container {}: {} failed: {}", id, step, ProviderCalls.describe(e));
        }
    }
}
