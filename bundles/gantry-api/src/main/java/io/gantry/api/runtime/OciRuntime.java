package io.gantry.api.runtime;

import io.gantry.api.oci.LinuxResources;
import java.nio.file.Path;
import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * An OCI runtime binary driven through its standard CLI. {@code create} is run by the shim, which
 * needs {@link #binary()} and {@link #globalArgs()}; the engine runs the rest.
 */
@ConsumerType
public interface OciRuntime {
    /** The name users choose it by, e.g. "runc". */
    String name();

    /**
     * The executable.
     *
     * @throws io.gantry.api.FailedPreconditionException if it is not installed, naming the path looked at
     */
    Path binary();

    /** Arguments that go before every subcommand, e.g. {@code --root /run/gantry/runc}. */
    List<String> globalArgs();

    /** @throws io.gantry.api.NotFoundException if the runtime does not know the container */
    RuntimeState state(String id);

    void start(String id);

    void kill(String id, int signal, boolean all);

    /** Deletes the runtime's container and its cgroups. Idempotent. */
    void delete(String id, boolean force);

    void pause(String id);

    void resume(String id);

    void update(String id, LinuxResources resources);

    /** Host pids of all processes in the container. */
    List<Integer> pids(String id);
}
