package io.gantry.api.container;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Containers' life: create, start, stop, signal, pause, rename, remove, list, wait and change their limits.
 * Every method that takes {@code ref} accepts a name, a full id or a unique id prefix, and throws
 * {@link io.gantry.api.NotFoundException} when none matches.
 */
@ProviderType
public interface ContainerLifecycle {
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

    /** Removes a stopped container; {@code force} kills a running one first. Its volumes stay. */
    default void remove(String ref, boolean force) {
        remove(ref, force, false);
    }

    /**
     * Removes a stopped container; {@code force} kills a running one first. With {@code removeVolumes} its
     * anonymous volumes go too (as {@code docker rm -v}), unless another container uses them; named volumes stay.
     */
    void remove(String ref, boolean force, boolean removeVolumes);

    List<Container> list(boolean all);

    Container inspect(String ref);

    /** Completes with the exit status once the condition holds. */
    CompletableFuture<ExitStatus> waitFor(String ref, WaitCondition condition);

    /** Applies new limits to a running or stopped container. */
    void update(String ref, Resources resources);

    /**
     * Changes when the engine restarts the container from now on, as {@code docker update --restart}.
     *
     * @throws io.gantry.api.ConflictException if the container is auto-removed and the policy is not "no"
     */
    void updateRestartPolicy(String ref, RestartPolicy policy);
}
