package io.gantry.testkit;

import io.gantry.api.NotFoundException;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.spec.SpecContext;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * A SpecContext for spec contributor tests: the other containers are a fixed name-to-pid map and the rootfs is
 * {@code bundleDir/rootfs}. The short constructors use {@link #ID} and the nonexistent {@link #NO_BUNDLE}.
 */
public record FakeSpecContext(String containerId, ContainerConfig config, Path bundleDir,
        Map<String, Integer> runningContainers, Optional<Path> networkNamespace) implements SpecContext {

    /** The id of a context made without one; its short form (first 12 characters) is 0123456789ab. */
    public static final String ID = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    public static final Path NO_BUNDLE = Path.of("/nonexistent/bundle");

    /** No bundle directory and no prepared network namespace. */
    public FakeSpecContext(ContainerConfig config, Map<String, Integer> runningContainers) {
        this(config, runningContainers, Optional.empty());
    }

    /** No bundle directory. */
    public FakeSpecContext(ContainerConfig config, Map<String, Integer> runningContainers,
            Optional<Path> networkNamespace) {
        this(ID, config, NO_BUNDLE, runningContainers, networkNamespace);
    }

    @Override
    public Path rootfs() {
        return bundleDir.resolve("rootfs");
    }

    @Override
    public int initPidOf(String nameOrId) {
        Integer pid = runningContainers.get(nameOrId);
        if (pid == null) {
            throw new NotFoundException("no such container: " + nameOrId);
        }
        return pid;
    }
}
