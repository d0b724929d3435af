package io.gantry.api.spec;

import io.gantry.api.container.ContainerConfig;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** What the engine tells each spec contributor about the container it is building. */
@ProviderType
public interface SpecContext {
    String containerId();

    ContainerConfig config();

    /** The OCI bundle directory (holds config.json); contributors may write files here, e.g. /etc/hostname. */
    Path bundleDir();

    /** The mounted root file system of the container. */
    Path rootfs();

    /**
     * The host pid of the init process of another running container.
     *
     * @throws io.gantry.api.NotFoundException if no container has that name or id
     * @throws io.gantry.api.FailedPreconditionException if it is not running
     */
    int initPidOf(String nameOrId);

    /** A network namespace prepared by a network driver, if any. */
    Optional<Path> networkNamespace();

    /** Names of the other containers on the same networks, each mapped to its address, for /etc/hosts. */
    default Map<String, String> extraHosts() {
        return Map.of();
    }
}
