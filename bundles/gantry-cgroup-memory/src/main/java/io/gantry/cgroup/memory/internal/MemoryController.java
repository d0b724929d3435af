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
import java.util.function.BooleanSupplier;
import org.osgi.service.component.annotations.Component;

/**
 * The memory controller: --memory, --memory-swap, --memory-reservation, --kernel-memory, --memory-swappiness and
 * --oom-kill-disable; usage and OOM figures; live updates on v1 and v2.
 */
@Component(service = CgroupController.class)
public class MemoryController implements CgroupController {
    static final String NAME = "memory";
    private final BooleanSupplier kernelMemorySupported;

    public MemoryController() {
        this(new KernelMemorySupport());
    }

    MemoryController(BooleanSupplier kernelMemorySupported) {
        this.kernelMemorySupported = kernelMemorySupported;
    }

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
        if (limits.kernel() != null && !kernelMemorySupported.getAsBoolean()) {
            throw new InvalidArgumentException("cannot set --kernel-memory " + limits.kernel()
                    + ": this kernel does not support kernel memory limits (" + KernelMemorySupport.V1_KERNEL
                    + " is missing or ignored)");
        }
        if (!limits.isEmpty()) {
            out.memory = new LinuxResources.Memory(limits.memory(), limits.reservation(), limits.swap(),
                    limits.kernel(), limits.swappiness(), limits.oomKillDisable());
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
            MemoryV2Updater.update(dir, limits);
        } else {
            MemoryV1Updater.update(dir, limits);
        }
    }
}
