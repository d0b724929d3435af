package io.gantry.ns.mnt.internal;

import io.gantry.api.NotFoundException;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.spec.SpecContext;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** A SpecContext over a test bundle directory; other containers are a fixed name-to-pid map. */
record FakeSpecContext(String containerId, ContainerConfig config, Path bundleDir, Map<String, Integer> running,
        Optional<Path> networkNamespace) implements SpecContext {

    static final String ID = "f00dfeedcafe0123456789abcdef0123456789abcdef0123456789abcdef0123";

    FakeSpecContext(ContainerConfig config, Path bundleDir) {
        this(ID, config, bundleDir, Map.of(), Optional.empty());
    }

    @Override
    public Path rootfs() {
        return bundleDir.resolve("rootfs");
    }

    @Override
    public int initPidOf(String nameOrId) {
        Integer pid = running.get(nameOrId);
        if (pid == null) {
            throw new NotFoundException("no such container: " + nameOrId);
        }
        return pid;
    }
}
