package io.gantry.cgroup.memory.internal;

import io.gantry.api.FailedPreconditionException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.cgroup.CgroupController;
import io.gantry.api.cgroup.CgroupLayout;
import io.gantry.api.cgroup.CgroupVersion;
import io.gantry.api.container.Resources;
import io.gantry.api.oci.LinuxResources;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.osgi.service.component.annotations.Component;

/** The memory controller: --memory and --memory-swap, usage and OOM figures, live updates on v1 and v2. */
@Component(service = CgroupController.class)
public class MemoryController implements CgroupController {
    static final String NAME = "memory";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void contribute(Resources resources, LinuxResources out) {
        MemoryLimits limits = MemoryLimits.of(resources);
        if (limits.memory() == null && limits.swap() != null && limits.swap() != MemoryLimits.UNLIMITED) {
            throw new InvalidArgumentException("invalid memory swap limit " + limits.swap()
                    + ": a memory plus swap limit needs a memory limit too");
        }
        if (!limits.isEmpty()) {
            out.memory = new LinuxResources.Memory(limits.memory(), null, limits.swap(), null, null, null);
        }
    }

    @Override
    public Map<String, Long> stats(CgroupLayout layout, String cgroupsPath) {
        Map<String, Long> stats = new LinkedHashMap<>();
        layout.dir(NAME, cgroupsPath).ifPresent(dir -> {
            if (layout.version() == CgroupVersion.V2) {
                MemoryStats.readV2(dir, stats);
            } else {
                MemoryStats.readV1(dir, stats);
            }
        });
        return stats;
    }

    @Override
    public void update(Resources resources, CgroupLayout layout, String cgroupsPath) {
        MemoryLimits limits = MemoryLimits.of(resources);
        if (limits.isEmpty()) {
            return;
        }
        Path dir = layout.dir(NAME, cgroupsPath).orElseThrow(() -> new FailedPreconditionException(
                "cannot update the memory limits of " + cgroupsPath + ": the memory controller is not mounted ("
                        + layout + ")"));
        if (layout.version() == CgroupVersion.V2) {
            MemoryUpdater.updateV2(dir, limits);
        } else {
            MemoryUpdater.updateV1(dir, limits);
        }
    }
}
