package io.gantry.core.internal.lifecycle;

import io.gantry.api.ConflictException;
import io.gantry.api.cgroup.CgroupController;
import io.gantry.api.cgroup.CgroupLayout;
import io.gantry.api.container.ContainerState;
import io.gantry.api.container.Resources;
import io.gantry.core.internal.provider.ProviderDirectory;
import io.gantry.core.internal.provider.ProviderRegistry.Named;
import io.gantry.core.internal.state.ContainerHandle;
import io.gantry.core.internal.state.ContainerRecord;
import io.gantry.core.internal.state.StateStore;

/** Live updates of a container's limits, through every cgroup controller. */
final class ResourceUpdater {
    private final StateStore state;
    private final ProviderDirectory providers;
    private final ResourceChecks checks;

    ResourceUpdater(StateStore state, ProviderDirectory providers) {
        this.state = state;
        this.providers = providers;
        this.checks = new ResourceChecks(providers);
    }

    /** Merges the changes into the container's limits, applies them if it runs, and persists them. */
    void update(ContainerHandle handle, Resources changes) {
        handle.locked(() -> {
            ContainerRecord record = handle.record();
            if (record.state == ContainerState.REMOVING || handle.isRemoved()) {
                throw new ConflictException("cannot update container " + record.name + ": it is being removed");
            }
            Resources merged = record.config.resources().merge(changes);
            checks.validate(merged);
            if (record.state.isLive()) {
                CgroupLayout layout = CgroupLayout.detect();
                for (Named<CgroupController> controller : providers.cgroups.active()) {
                    providers.run("cgroup controller " + controller.name(),
                            () -> controller.provider().update(merged, layout, record.cgroupsPath));
                }
            }
            record.config = record.config.toBuilder().resources(merged).build();
            state.records().save(handle);
        });
    }
}
