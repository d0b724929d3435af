package io.gantry.testkit.fake;

import io.gantry.api.ConflictException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.NotFoundException;
import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.ContainerLifecycle;
import io.gantry.api.container.ContainerState;
import io.gantry.api.container.ExitStatus;
import io.gantry.api.container.Resources;
import io.gantry.api.container.RestartPolicy;
import io.gantry.api.container.WaitCondition;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Containers in memory, looked up as the engine does: full id, then name, then a unique id prefix. Create, start,
 * pause, unpause, rename, remove and updateRestartPolicy change what is held; stop, kill, restart and update only
 * record. Every call that acts is journaled in {@link #calls}, as are those of the {@link FakeAttach},
 * {@link FakeExec}, {@link FakeArchive} and {@link FakeMonitor} made over this instance, so that a test sees their
 * order across services.
 */
public final class FakeContainers implements ContainerLifecycle {
    private static final Pattern VALID_NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]*");

    /** Each call that acted, in order: "create busybox", "start &lt;id&gt;", "stop &lt;id&gt; PT5S"... */
    public final List<String> calls = new CopyOnWriteArrayList<>();
    /** The config of every create, in order, also of containers removed since. */
    public final List<ContainerConfig> created = new CopyOnWriteArrayList<>();
    /** The resources of every update, in order. */
    public final List<Resources> updates = new CopyOnWriteArrayList<>();
    /** What every waitFor answers; the test completes it. */
    public final CompletableFuture<ExitStatus> exit = new CompletableFuture<>();
    /** The image id every created container gets: {@link FakeImages#BUSYBOX}'s unless the test sets another. */
    public volatile String imageId = FakeImages.BUSYBOX.id();
    private final Map<String, Container> byId = new LinkedHashMap<>();
    private final List<Consumer<String>> startListeners = new CopyOnWriteArrayList<>();

    /** The id of the n-th container created, counting from 1: n's two digits over and over, "0101...01". */
    public static String id(int n) {
        String digits = String.format("%02d", n);
        return digits.repeat(64 / digits.length() + 1).substring(0, 64);
    }

    /** Holds {@code c}, replacing the container of the same id; not journaled. */
    public synchronized Container add(Container c) {
        byId.put(c.id(), c);
        return c;
    }

    /** Puts the container in {@code state}, as started now with pid 42; not journaled. */
    public synchronized void setState(String ref, ContainerState state) {
        Container c = inspect(ref);
        add(new Container(c.id(), c.name(), c.imageId(), c.config(), state, c.created(), Instant.now(), null, 42, null,
                false, null, c.runtime(), c.storageDriver(), c.rootfs(), c.logPath(), c.restartCount(), c.networks()));
    }

    /** A new container in state created, named "c&lt;n&gt;" when the config has no name. */
    @Override
    public synchronized Container create(ContainerConfig config) {
        String name = config.name() == null ? "c" + (created.size() + 1) : checkedName(config.name());
        if (byId.values().stream().anyMatch(c -> c.name().equals(name))) {
            throw new ConflictException("container name /" + name + " is already in use");
        }
        created.add(config);
        Container c = new Container(id(created.size()), name, imageId, config, ContainerState.CREATED, Instant.now(),
                null, null, 0, null, false, null, "runc", "vfs", "/rootfs", "/log", 0);
        calls.add("create " + config.image());
        return add(c);
    }

    @Override
    public synchronized Container inspect(String ref) {
        Container exact = byId.get(ref);
        if (exact != null) {
            return exact;
        }
        String name = ref != null && ref.startsWith("/") ? ref.substring(1) : ref;
        List<Container> named = byId.values().stream().filter(c -> c.name().equals(name)).toList();
        if (!named.isEmpty()) {
            return named.get(0);
        }
        List<Container> prefixed = ref == null || ref.isEmpty() ? List.of()
                : byId.values().stream().filter(c -> c.id().startsWith(ref)).toList();
        if (prefixed.size() > 1) {
            throw new InvalidArgumentException("multiple containers found with provided prefix: " + ref);
        }
        if (prefixed.isEmpty()) {
            throw new NotFoundException("No such container: " + ref);
        }
        return prefixed.get(0);
    }

    /** Only live containers unless {@code all}, in the order they were added. */
    @Override
    public synchronized List<Container> list(boolean all) {
        calls.add("list all=" + all);
        return byId.values().stream().filter(c -> all || c.state().isLive()).toList();
    }

    /** Marks the container running, then tells the start listeners; the test publishes the start event itself. */
    @Override
    public void start(String ref) {
        String id = inspect(ref).id();
        calls.add("start " + id);
        setState(ref, ContainerState.RUNNING);
        startListeners.forEach(listener -> listener.accept(id));
    }

    /** Called with the id of every container {@link #start} starts. */
    public void onStart(Consumer<String> listener) {
        startListeners.add(listener);
    }

    @Override
    public void stop(String ref, Duration timeout) {
        calls.add("stop " + inspect(ref).id() + " " + timeout);
    }

    @Override
    public void kill(String ref, String signal) {
        calls.add("kill " + inspect(ref).id() + " " + signal);
    }

    @Override
    public void restart(String ref, Duration timeout) {
        calls.add("restart " + inspect(ref).id() + " " + timeout);
    }

    @Override
    public synchronized void pause(String ref) {
        if (inspect(ref).state() != ContainerState.RUNNING) {
            throw new ConflictException("Container " + ref + " is not running");
        }
        calls.add("pause " + inspect(ref).id());
        setState(ref, ContainerState.PAUSED);
    }

    @Override
    public synchronized void unpause(String ref) {
        if (inspect(ref).state() != ContainerState.PAUSED) {
            throw new ConflictException("Container " + ref + " is not paused");
        }
        calls.add("unpause " + inspect(ref).id());
        setState(ref, ContainerState.RUNNING);
    }

    @Override
    public synchronized void rename(String ref, String newName) {
        Container c = inspect(ref);
        String name = checkedName(newName);
        if (byId.values().stream().anyMatch(other -> other.name().equals(name))) {
            throw new ConflictException("container name /" + name + " is already in use");
        }
        calls.add("rename " + c.id() + " " + newName);
        add(new Container(c.id(), name, c.imageId(), c.config(), c.state(), c.created(), c.startedAt(),
                c.finishedAt(), c.pid(), c.exitCode(), c.oomKilled(), c.error(), c.runtime(), c.storageDriver(),
                c.rootfs(), c.logPath(), c.restartCount(), c.networks()));
    }

    @Override
    public synchronized void remove(String ref, boolean force, boolean removeVolumes) {
        Container c = inspect(ref);
        calls.add("remove " + c.id() + " force=" + force + (removeVolumes ? " volumes" : ""));
        byId.remove(c.id());
    }

    @Override
    public CompletableFuture<ExitStatus> waitFor(String ref, WaitCondition condition) {
        calls.add("waitFor " + inspect(ref).id() + " " + condition);
        return exit;
    }

    @Override
    public void update(String ref, Resources resources) {
        calls.add("update " + inspect(ref).id() + " " + resources);
        updates.add(resources);
    }

    @Override
    public synchronized void updateRestartPolicy(String ref, RestartPolicy policy) {
        Container c = inspect(ref);
        calls.add("updateRestartPolicy " + c.id() + " " + policy.name() + ":" + policy.maximumRetryCount());
        add(new Container(c.id(), c.name(), c.imageId(), c.config().toBuilder().restartPolicy(policy).build(),
                c.state(), c.created(), c.startedAt(), c.finishedAt(), c.pid(), c.exitCode(), c.oomKilled(), c.error(),
                c.runtime(), c.storageDriver(), c.rootfs(), c.logPath(), c.restartCount(), c.networks()));
    }

    /** A name as create and rename take it: a leading '/' is dropped. */
    private static String checkedName(String name) {
        String bare = name.startsWith("/") ? name.substring(1) : name;
        if (!VALID_NAME.matcher(bare).matches()) {
            throw new InvalidArgumentException("invalid container name \"" + name + "\"");
        }
        return bare;
    }
}
