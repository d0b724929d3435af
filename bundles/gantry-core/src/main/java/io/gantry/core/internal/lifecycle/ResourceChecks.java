package io.gantry.core.internal.lifecycle;

import io.gantry.api.FailedPreconditionException;
import io.gantry.api.cgroup.CgroupController;
import io.gantry.api.container.Resources;
import io.gantry.api.oci.LinuxResources;
import io.gantry.core.internal.provider.ProviderDirectory;
import io.gantry.core.internal.provider.ProviderRegistry.Named;

/** Validates resource limits by letting every cgroup controller turn them into a scratch linux.resources. */
final class ResourceChecks {
    private final ProviderDirectory providers;

    ResourceChecks(ProviderDirectory providers) {
        this.providers = providers;
    }

    void validate(Resources resources) {
        resources.askedControllers().forEach((setting, controller) -> {
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
}
