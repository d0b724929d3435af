package io.gantry.api.container.exec;

import io.gantry.api.container.attach.StdioStream;
import org.osgi.annotation.versioning.ProviderType;

/**
 * More processes in running containers, as {@code docker exec}. Exec instances are named by their id;
 * containers as in {@link io.gantry.api.container.ContainerLifecycle}.
 */
@ProviderType
public interface ContainerExec {
    /**
     * Registers a process to run in a running container; returns the exec id.
     *
     * @throws io.gantry.api.ConflictException if the container is not running
     * @throws io.gantry.api.InvalidArgumentException if the command is empty
     */
    String createExec(String ref, ExecConfig config);

    /** Starts a registered exec and connects to its stdio; the process ends on its own. */
    StdioStream startExec(String execId);

    /** Starts a registered exec without connecting to it. */
    void startExecDetached(String execId);

    /** @throws io.gantry.api.NotFoundException "No such exec instance: x" */
    ExecInfo inspectExec(String execId);

    void resizeExec(String execId, int height, int width);
}
