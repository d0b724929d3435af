package io.gantry.core.internal.spec;

import io.gantry.api.FailedPreconditionException;
import io.gantry.api.container.ContainerConfig;
import io.gantry.core.internal.provider.ProviderDirectory;

/**
 * The devices controller writes the default device allow-list. Without it a container would see every device of
 * the host, so only a privileged container, which is allowed them all anyway, may run without one.
 */
public final class DeviceConfinement {
    static final String CONTROLLER = "devices";

    private DeviceConfinement() {
    }

    public static void require(ProviderDirectory providers, ContainerConfig config) {
        if (!config.security().privileged() && providers.cgroups.get(CONTROLLER).isEmpty()) {
            throw new FailedPreconditionException("no cgroup controller named " + CONTROLLER
                    + " is installed: containers cannot be confined");
        }
    }
}
