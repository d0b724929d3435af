package io.gantry.core.internal;

import io.gantry.api.ConflictException;
import io.gantry.api.cgroup.CgroupController;
import io.gantry.api.cgroup.CgroupLayout;
import io.gantry.api.container.ContainerState;
import io.gantry.api.container.ContainerStats;
import io.gantry.api.container.Resources;
import io.gantry.core.internal.ProviderRegistry.Named;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Usage figures from the cgroup controllers, and live updates of a container's limits. */
final class ResourceOperations {
    private final EngineParts parts;
    private final ResourceChecks checks;

    ResourceOperations(EngineParts parts) {
        this.parts = parts;
        this.checks = new ResourceChecks(parts.providers());
    }

    ContainerStats stats(ContainerHandle handle) {
        String cgroupsPath = handle.locked(() -> {
            ContainerRecord record = handle.record();
            if (!record.state.isLive()) {
                throw new ConflictException("container " + record.name + " is not running");
            }
            return record.cgroupsPath;
        });
        CgroupLayout layout = CgroupLayout.detect();
        Map<String, Map<String, Long>> byController = new LinkedHashMap<>();
        for (Named<CgroupController> controller : parts.providers().cgroups.active()) {
            byController.put(controller.name(), ProviderCalls.get("cgroup controller " + controller.name(),
                    () -> controller.provider().stats(layout, cgroupsPath)));
        }
        return new ContainerStats(handle.id(), Instant.now(), byController);
    }

    /** Merges the changes into the container's limits, applies them if it runs, and persists them. */
    void update(ContainerHandle handle, Resources changes) {
        handle.locked(() -> {
            ContainerRecord record = handle.record();
            if (record.state == ContainerState.REMOVING || handle.isRemoved()) {
                throw new ConflictException("cannot update container " + record.name + ": it is being removed");
            }
            Resources merged = ResourceChecks.merge(record.config.resources(), changes);
            checks.validate(merged);
            if (record.state.isLive()) {
                CgroupLayout layout = CgroupLayout.detect();
                for (Named<CgroupController> controller : parts.providers().cgroups.active()) {
                    ProviderCalls.run("cgroup controller " + controller.name(),
                            () -> controller.provider().update(merged, layout, record.cgroupsPath));
                }
            }
            record.config = record.config.toBuilder().resources(merged).build();
            parts.store().save(handle);
        });
    }
}
