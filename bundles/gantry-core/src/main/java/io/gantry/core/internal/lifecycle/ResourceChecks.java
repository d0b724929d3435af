package io.gantry.core.internal.lifecycle;

import io.gantry.api.FailedPreconditionException;
import io.gantry.api.cgroup.CgroupController;
import io.gantry.api.container.Resources;
import io.gantry.api.oci.LinuxResources;
import io.gantry.core.internal.provider.ProviderDirectory;
import io.gantry.core.internal.provider.ProviderRegistry.Named;
import java.util.LinkedHashMap;
import java.util.Map;

/** Validates resource limits by letting every cgroup controller turn them into a scratch linux.resources. */
final class ResourceChecks {
    private final ProviderDirectory providers;

    ResourceChecks(ProviderDirectory providers) {
        this.providers = providers;
    }

    void validate(Resources resources) {
        neededControllers(resources).forEach((setting, controller) -> {
            if (providers.cgroups.get(controller).isEmpty()) {
                throw new FailedPreconditionException("cannot apply the " + setting + ": no cgroup controller named "
                        + controller + " is installed");
            }
        });
        for (Named<CgroupController> controller : providers.cgroups.active()) {
            providers.run("cgroup controller " + controller.name(),
                    () -> controller.provider().contribute(resources, new LinuxResources()));
        }
    }

    /** The fields of an update replace the old values; unset fields keep them. */
    static Resources merge(Resources old, Resources changes) {
        return new Resources(pick(changes.memoryBytes(), old.memoryBytes()),
                pick(changes.memorySwapBytes(), old.memorySwapBytes()), pick(changes.nanoCpus(), old.nanoCpus()),
                pick(changes.cpuShares(), old.cpuShares()), pick(changes.cpuQuota(), old.cpuQuota()),
                pick(changes.cpuPeriod(), old.cpuPeriod()), pick(changes.pidsLimit(), old.pidsLimit()));
    }

    private static Map<String, String> neededControllers(Resources r) {
        Map<String, String> needed = new LinkedHashMap<>();
        if (r.memoryBytes() != null || r.memorySwapBytes() != null) {
            needed.put("memory limit", "memory");
        }
        if (r.nanoCpus() != null || r.cpuShares() != null || r.cpuQuota() != null || r.cpuPeriod() != null) {
            needed.put("cpu limit", "cpu");
        }
        if (r.pidsLimit() != null) {
            needed.put("pids limit", "pids");
        }
        return needed;
    }

    private static Long pick(Long changed, Long old) {
        return changed != null ? changed : old;
    }
}
