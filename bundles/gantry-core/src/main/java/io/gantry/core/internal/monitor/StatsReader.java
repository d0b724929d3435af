package io.gantry.core.internal.monitor;

import io.gantry.api.ConflictException;
import io.gantry.api.cgroup.CgroupController;
import io.gantry.api.cgroup.CgroupLayout;
import io.gantry.api.container.monitor.ContainerStats;
import io.gantry.core.internal.provider.ProviderDirectory;
import io.gantry.core.internal.provider.ProviderRegistry.Named;
import io.gantry.core.internal.state.ContainerHandle;
import io.gantry.core.internal.state.ContainerRecord;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Usage figures of a live container, from every cgroup controller. */
final class StatsReader {
    private final ProviderDirectory providers;

    StatsReader(ProviderDirectory providers) {
        this.providers = providers;
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
        for (Named<CgroupController> controller : providers.cgroups.active()) {
            byController.put(controller.name(), providers.call("cgroup controller " + controller.name(),
                    () -> controller.provider().stats(layout, cgroupsPath)));
        }
        return new ContainerStats(handle.id(), Instant.now(), byController);
    }
}
