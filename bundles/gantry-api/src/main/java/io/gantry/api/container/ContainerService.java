package io.gantry.api.container;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The container lifecycle. Every method that takes {@code ref} accepts a name, a full id or a unique id
 * prefix, and throws {@link io.gantry.api.NotFoundException} when none matches.
 */
@ProviderType
public interface ContainerService {
    /** Resolves the image, prepares the bundle and persists the record; the container is not started. */
    Container create(ContainerConfig config);

    /** Starts a created or exited container; returns once its process runs. */
    void start(String ref);

    /** Sends the stop signal, then SIGKILL after the timeout (null: the container's or the default). */
    void stop(String ref, Duration timeout);

    /** Sends a signal by name ("TERM", "SIGKILL") or number ("9"). */
    void kill(String ref, String signal);

    void restart(String ref, Duration timeout);

    /**
     * Freezes every process of a running container (the cgroup freezer); the container becomes PAUSED.
     *
     * @throws io.gantry.api.ConflictException if it is not running, or already paused
     */
    void pause(String ref);

    /** @throws io.gantry.api.ConflictException if the container is not paused */
    void unpause(String ref);

    /**
     * Gives a container a new name, checked like a name given at create.
     *
     * @throws io.gantry.api.InvalidArgumentException if the new name is not a valid container name
     * @throws io.gantry.api.ConflictException if another container holds the new name
     */
    void rename(String ref, String newName);

    /** Removes a stopped container; {@code force} kills a running one first. */
    void remove(String ref, boolean force);

    List<Container> list(boolean all);

    Container inspect(String ref);

    /** Completes with the exit status once the condition holds. */
    CompletableFuture<ExitStatus> waitFor(String ref, WaitCondition condition);

    /**
     * Reads the log, handing each record to {@code sink} until the sink returns false, the records end
     * or, with {@code follow}, the container stops and its log is drained. Blocks the calling thread.
     */
    void logs(String ref, LogOptions options, Predicate<LogEntry> sink);

    ContainerStats stats(String ref);

    /** Applies new limits to a running or stopped container. */
    void update(String ref, Resources resources);

    /**
     * Changes when the engine restarts the container from now on, as {@code docker update --restart}.
     *
     * @throws io.gantry.api.ConflictException if the container is auto-removed and the policy is not "no"
     */
    void updateRestartPolicy(String ref, RestartPolicy policy);

    /**
     * Connects to the stdio of a running container: output from now on, and stdin when {@code stdin} is
     * true and the container was created with an open stdin.
     *
     * @throws io.gantry.api.ConflictException if the container is not running
     */
    StdioStream attach(String ref, boolean stdin);

    /** Resizes the terminal of a container created with a tty. */
    void resize(String ref, int height, int width);

    /** Processes of a running container, with `ps` arguments (default "-ef"). */
    TopResult top(String ref, String psArgs);

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

    /**
     * Describes a path in the container's file system, running or not. Symbolic links in the path are
     * resolved inside the container's root, never on the host.
     *
     * @throws io.gantry.api.NotFoundException if the container or the path does not exist
     */
    PathStat statPath(String ref, String path);

    /** Writes a tar of the file or folder at {@code path}; its top entry is named after the last path element. */
    void copyFrom(String ref, String path, OutputStream tar);

    /**
     * Extracts a tar into the folder at {@code path}, with the same safety as image layers: no entry may
     * land outside the container's root.
     *
     * @param noOverwriteDirNonDir refuse to replace a folder with a non-folder or the other way round
     * @throws io.gantry.api.NotFoundException if {@code path} does not exist
     * @throws io.gantry.api.InvalidArgumentException if {@code path} is not a folder or the tar is malformed
     */
    void copyTo(String ref, String path, InputStream tar, boolean noOverwriteDirNonDir);

    /** Writes the container's whole file system as a tar. */
    void export(String ref, OutputStream tar);

    /** The paths the container added, changed or deleted in its writable layer, sorted by path. */
    List<FileChange> changes(String ref);
}
