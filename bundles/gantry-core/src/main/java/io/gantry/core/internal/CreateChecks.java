package io.gantry.core.internal;

import io.gantry.api.FailedPreconditionException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.NamespaceMode;
import java.util.List;

/** Everything about a new container's configuration that can be checked before any work is done. */
final class CreateChecks {
    private final Providers providers;
    private final ContainerIndex index;
    private final ResourceChecks resources;

    CreateChecks(Providers providers, ContainerIndex index, ResourceChecks resources) {
        this.providers = providers;
        this.index = index;
        this.resources = resources;
    }

    void check(ContainerConfig config) {
        if (config.image() == null || config.image().isBlank()) {
            throw new InvalidArgumentException("an image is required to create a container");
        }
        if (config.name() != null) {
            ContainerNames.checkName(config.name());
        }
        ProcessDefaults.checkEnv(config.env());
        if (config.workingDir() != null && !config.workingDir().isEmpty() && !config.workingDir().startsWith("/")) {
            throw new InvalidArgumentException("the working directory '" + config.workingDir()
                    + "' is invalid: it needs to be an absolute path");
        }
        if (config.stopSignal() != null) {
            Signals.parse(config.stopSignal());
        }
        if (config.stopTimeoutSeconds() != null && config.stopTimeoutSeconds() < 0) {
            throw new InvalidArgumentException("invalid stop timeout " + config.stopTimeoutSeconds()
                    + ": must be 0 or more seconds");
        }
        for (NamespaceMode mode : List.of(config.pidMode(), config.ipcMode(), config.utsMode())) {
            if (mode.kind() == NamespaceMode.Kind.CONTAINER) {
                index.resolve(mode.target());
            }
        }
        checkNetwork(config.networkMode());
        resources.validate(config.resources());
    }

    /** none, host and container:<ref> need no driver; any other name is a network of some driver. */
    private void checkNetwork(String mode) {
        if (mode.equals("none") || mode.equals("host")) {
            return;
        }
        if (mode.startsWith("container:")) {
            index.resolve(mode.substring("container:".length()));
            return;
        }
        providers.networkDriver(mode);
        throw new FailedPreconditionException("cannot connect to network " + mode
                + ": attaching containers to driver networks is not supported by this engine yet");
    }
}
