package io.gantry.ns.ipc.internal;

import io.gantry.api.NotFoundException;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.spec.SpecContext;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** A SpecContext whose other containers are a fixed name-to-pid map. */
record FakeSpecContext(ContainerConfig config, Map<String, Integer> runningContainers) implements SpecContext {

    @Override
    public String containerId() {
        return "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    }

    @Override
    public Path bundleDir() {
        return Path.of("/nonexistent/bundle");
    }

    @Override
    public Path rootfs() {
        return Path.of("/nonexistent/bundle/rootfs");
    }

    @Override
    public int initPidOf(String nameOrId) {
        Integer pid = runningContainers.get(nameOrId);
        if (pid == null) {
            throw new NotFoundException("no such container: " + nameOrId);
        }
        return pid;
    }

    @Override
    public Optional<Path> networkNamespace() {
        return Optional.empty();
    }
}
