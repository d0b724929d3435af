package io.gantry.core.internal.lifecycle;

import io.gantry.api.runtime.OciRuntime;
import io.gantry.api.shim.ShimManager;
import io.gantry.api.storage.StorageDriver;
import io.gantry.core.internal.network.ContainerNetworks;
import io.gantry.core.internal.provider.ProviderCalls;
import io.gantry.core.internal.provider.ProviderDirectory;
import io.gantry.core.internal.state.ContainerRecord;
import io.gantry.core.internal.volume.ContainerVolumes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Releases what a run of a container holds: the runtime's container (and with it the cgroups), its network
 * endpoints and namespace file, its volumes, the root file system mount and the shim's records. Every step is
 * idempotent and a failure of one is logged without stopping the others, so it is safe after partial starts and
 * repeated exits.
 */
public final class Teardown {
    private static final Logger LOG = LoggerFactory.getLogger(Teardown.class);

    private final ProviderDirectory providers;
    private final ContainerNetworks networks;
    private final ContainerVolumes volumes;

    public Teardown(ProviderDirectory providers, ContainerNetworks networks, ContainerVolumes volumes) {
        this.providers = providers;
        this.networks = networks;
        this.volumes = volumes;
    }

    /** With the container's own providers, as far as they are installed. */
    public void release(ContainerRecord record) {
        releaseRun(record);
        forgetExit(record);
    }

    /** All but the shim's record of the exit, which must outlive a crash until the exit is saved. */
    public void releaseRun(ContainerRecord record) {
        releaseRun(record, providers.runtimes.get(record.runtime).orElse(null),
                providers.storage.get(record.storageDriver).orElse(null));
    }

    /** Drops the shim's records of the container's run, its exit code among them. */
    public void forgetExit(ContainerRecord record) {
        providers.shims.best().ifPresent(shim -> forget(record.id, shim));
    }

    void release(ContainerRecord record, OciRuntime runtime, StorageDriver driver, ShimManager shim) {
        releaseRun(record, runtime, driver);
        if (shim != null) {
            forget(record.id, shim);
        }
    }

    private void forget(String id, ShimManager shim) {
        quietly(id, "shim cleanup", () -> providers.run("shim", () -> shim.cleanup(id)));
    }

    private void releaseRun(ContainerRecord record, OciRuntime runtime, StorageDriver driver) {
        String id = record.id;
        if (runtime != null) {
            quietly(id, "runtime " + runtime.name() + " delete", () -> providers.run("runtime " + runtime.name(),
                    () -> runtime.delete(id, true)));
        }
        quietly(id, "network release", () -> networks.release(record));
        quietly(id, "volume release", () -> volumes.unmountAll(record));
        if (driver != null) {
            quietly(id, "storage driver " + driver.name() + " unmount", () -> providers.run("storage driver "
                    + driver.name(), () -> driver.unmount(id)));
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
