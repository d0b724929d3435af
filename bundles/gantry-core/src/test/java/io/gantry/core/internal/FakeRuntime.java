package io.gantry.core.internal;

import io.gantry.api.GantryException;
import io.gantry.api.NotFoundException;
import io.gantry.api.oci.LinuxResources;
import io.gantry.api.runtime.OciRuntime;
import io.gantry.api.runtime.RuntimeState;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A runtime that only tracks statuses. A signal it does not ignore "kills" the container: the shim then
 * reports exit code 128 + signal, as conmon would.
 */
public final class FakeRuntime implements OciRuntime {
    public final String name;
    public final Map<String, String> status = new ConcurrentHashMap<>();
    public final Map<String, List<Integer>> signals = new ConcurrentHashMap<>();
    public final Set<Integer> ignoredSignals = ConcurrentHashMap.newKeySet();
    public final List<String> started = new CopyOnWriteArrayList<>();
    public final List<String> deleted = new CopyOnWriteArrayList<>();
    public volatile FakeShim shim;
    public volatile RuntimeException startFailure;
    public volatile List<Integer> pids = List.of(4242);
    /** While set, kill blocks until its thread is interrupted, as a runtime that hangs. */
    public volatile boolean hangOnSignal;

    public FakeRuntime(String name) {
        this.name = name;
    }

    /** What the shim's `runtime create` does. */
    public void create(String id) {
        status.put(id, "created");
    }

    public List<Integer> signalsOf(String id) {
        return signals.getOrDefault(id, List.of());
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Path binary() {
        return Path.of("/usr/bin/" + name);
    }

    @Override
    public List<String> globalArgs() {
        return List.of();
    }

    @Override
    public RuntimeState state(String id) {
        String current = status.get(id);
        if (current == null) {
            throw new NotFoundException("container " + id + " does not exist");
        }
        return new RuntimeState(id, current, current.equals("running") ? 4242 : 0, "/bundle");
    }

    @Override
    public void start(String id) {
        if (startFailure != null) {
            throw startFailure;
        }
        if (!"created".equals(status.get(id))) {
            throw new GantryException("cannot start a container that is not created: " + id);
        }
        status.put(id, "running");
        started.add(id);
    }

    @Override
    public void kill(String id, int signal, boolean all) {
        if (hangOnSignal) {
            try {
                new java.util.concurrent.CountDownLatch(1).await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new GantryException("interrupted while hanging");
            }
        }
        if (!"running".equals(status.get(id))) {
            throw new GantryException("container " + id + " is not running");
        }
        signals.computeIfAbsent(id, k -> new CopyOnWriteArrayList<>()).add(signal);
        if (!ignoredSignals.contains(signal)) {
            shim.exit(id, 128 + signal);
        }
    }

    @Override
    public void delete(String id, boolean force) {
        if (status.remove(id) != null) {
            deleted.add(id);
        }
    }

    @Override
    public void pause(String id) {
        status.put(id, "paused");
    }

    @Override
    public void resume(String id) {
        status.put(id, "running");
    }

    @Override
    public void update(String id, LinuxResources resources) {
        throw new UnsupportedOperationException("the engine updates cgroups through the controllers");
    }

    @Override
    public List<Integer> pids(String id) {
        return pids;
    }
}
