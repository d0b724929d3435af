package io.gantry.core.internal.spec;

import io.gantry.api.FailedPreconditionException;
import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.spec.SpecContext;
import io.gantry.core.internal.network.ContainerNetworks;
import io.gantry.core.internal.state.ContainerIndex;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** What spec contributors learn about the container being started. */
record EngineSpecContext(String containerId, ContainerConfig config, Path bundleDir, Path rootfs,
        ContainerIndex index, ContainerNetworks.Setup network) implements SpecContext {

    @Override
    public int initPidOf(String nameOrId) {
        Container target = index.resolve(nameOrId).view();
        if (!target.state().isLive() || target.pid() <= 0) {
            throw new FailedPreconditionException("cannot join namespace of container " + nameOrId
                    + ": it is not running");
        }
        return target.pid();
    }

    /** Empty unless the container is on a driver network: the net provider then makes one with only lo. */
    @Override
    public Optional<Path> networkNamespace() {
        return Optional.ofNullable(network.namespace());
    }

    @Override
    public Map<String, String> extraHosts() {
        return network.hosts().ipv4();
    }
}
