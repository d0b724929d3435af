package io.gantry.core.internal;

import io.gantry.api.FailedPreconditionException;
import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.spec.SpecContext;
import java.nio.file.Path;
import java.util.Optional;

/** What spec contributors learn about the container being started. */
record EngineSpecContext(String containerId, ContainerConfig config, Path bundleDir, Path rootfs,
        ContainerIndex index) implements SpecContext {

    @Override
    public int initPidOf(String nameOrId) {
        Container target = index.resolve(nameOrId).view();
        if (!target.state().isLive() || target.pid() <= 0) {
            throw new FailedPreconditionException("cannot join namespace of container " + nameOrId
                    + ": it is not running");
        }
        return target.pid();
    }

    /** No network driver prepares namespaces yet: the net provider makes a private one (only lo). */
    @Override
    public Optional<Path> networkNamespace() {
        return Optional.empty();
    }
}
