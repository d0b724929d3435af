package io.gantry.api.shim;

import java.util.Optional;
import java.util.function.Consumer;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Starts and tracks the per-container monitor process. The monitor runs {@code runtime create}, holds the
 * container's stdio, writes its log and records its exit code; it outlives the engine.
 */
@ConsumerType
public interface ShimManager {
    /** The name users choose it by, e.g. "conmon". */
    String name();

    /**
     * Starts the monitor; returns once the runtime has created the container (not yet started).
     *
     * @throws io.gantry.api.FailedPreconditionException if the monitor binary is missing
     * @throws io.gantry.api.GantryException with the runtime's own message if create failed
     */
    ShimProcess start(ShimRequest request);

    /** The exit code the monitor recorded, once the container has exited. */
    Optional<Integer> exitCode(String containerId);

    /** Whether the container's monitor process is still alive. */
    boolean isAlive(String containerId);

    /** Called with the container id whenever a container exits. */
    void addExitListener(Consumer<String> listener);

    void removeExitListener(Consumer<String> listener);

    /**
     * Connects to the monitor's attach socket of a running container: its output from now on, and its stdin
     * if the container was created with stdin open.
     */
    io.gantry.api.container.attach.StdioStream attach(String containerId);

    /** Resizes the container's terminal (containers created with a tty). */
    void resize(String containerId, int height, int width);

    /**
     * Has the monitor of a running container reopen its log at its path, so that, once the log was renamed away,
     * it writes to a new file there.
     */
    void reopenLog(String containerId);

    /**
     * Runs a process in a running container under a monitor of its own; returns once it runs.
     *
     * @param attach whether to connect to its stdio ({@link ExecProcess#stdio()} is null otherwise)
     */
    ExecProcess exec(ExecRequest request, boolean attach);

    /** Forgets the container: removes its exit record, sockets and pid files. Idempotent. */
    void cleanup(String containerId);
}
