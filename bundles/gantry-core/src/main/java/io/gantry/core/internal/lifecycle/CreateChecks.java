package io.gantry.core.internal.lifecycle;

import io.gantry.api.ConflictException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.NamespaceMode;
import io.gantry.api.network.PortBinding;
import io.gantry.api.network.PortSpec;
import io.gantry.core.internal.mounts.MountChecks;
import io.gantry.core.internal.network.ExposedPorts;
import io.gantry.core.internal.network.NetworkDirectory;
import io.gantry.core.internal.spec.HostConfigSpec;
import io.gantry.core.internal.spec.ProcessDefaults;
import io.gantry.core.internal.state.ContainerIndex;
import io.gantry.core.internal.state.ContainerNames;
import java.util.List;

/** Everything about a new container's configuration that can be checked before any work is done. */
final class CreateChecks {
    private final NetworkDirectory networks;
    private final ContainerIndex index;
    private final ResourceChecks resources;

    CreateChecks(NetworkDirectory networks, ContainerIndex index, ResourceChecks resources) {
        this.networks = networks;
        this.index = index;
        this.resources = resources;
    }

    /** @param initBinary the configured init binary of {@code --init}, empty for the first one found */
    void check(ContainerConfig config, String initBinary) {
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
        checkNetwork(config);
        resources.validate(config.resources());
        MountChecks.check(config.mounts());
        HostConfigSpec.check(config, initBinary);
        if (config.autoRemove() && !config.restartPolicy().isNo()) {
            throw new ConflictException("conflicting options: auto-remove and restart policy");
        }
    }

    /** none, host and container:<ref> need no driver; any other name is a network of some driver. */
    private void checkNetwork(ContainerConfig config) {
        String mode = config.networkMode();
        if (mode.startsWith("container:")) {
            index.resolve(mode.substring("container:".length()));
        }
        if (NetworkDirectory.isDriverNetwork(mode)) {
            networks.locate(mode);
        } else if (!config.ports().isEmpty()) {
            throw new InvalidArgumentException("cannot publish ports " + config.ports() + " with network mode "
                    + mode + ": publishing needs a network");
        } else if (config.publishAllPorts()) {
            throw new InvalidArgumentException("cannot publish all exposed ports with network mode " + mode
                    + ": publishing needs a network");
        }
        config.ports().forEach(CreateChecks::checkPort);
        config.exposedPorts().forEach(PortSpec::exposed);
    }

    private static void checkPort(PortBinding port) {
        if (port.containerPort() < 1 || port.containerPort() > 65535) {
            throw new InvalidArgumentException("invalid container port " + port.containerPort() + ": must be 1-65535");
        }
        if (port.hostPort() < 0 || port.hostPort() > 65535) {
            throw new InvalidArgumentException("invalid host port " + port.hostPort() + ": must be 0-65535");
        }
        if (!port.protocol().equals("tcp") && !port.protocol().equals("udp")) {
            throw new InvalidArgumentException("invalid protocol " + port.protocol() + ": must be tcp or udp");
        }
    }
}
