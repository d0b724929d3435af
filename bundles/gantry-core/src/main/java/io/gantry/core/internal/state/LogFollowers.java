package io.gantry.core.internal.state;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the logs() calls running per container, so that an automatic removal waits until every reader
 * has drained the log (`run --rm` must not lose output).
 */
public final class LogFollowers {
    private final Map<String, Integer> readers = new HashMap<>();
    private final Map<String, List<Runnable>> deferred = new HashMap<>();

    public synchronized void enter(String id) {
        readers.merge(id, 1, Integer::sum);
    }

    public void leave(String id) {
        List<Runnable> ready;
        synchronized (this) {
            Integer left = readers.merge(id, -1, Integer::sum);
            if (left != null && left > 0) {
                return;
            }
            readers.remove(id);
            ready = deferred.remove(id);
        }
        if (ready != null) {
            ready.forEach(Runnable::run);
        }
    }

    /** Runs the action now if nobody reads the container's log, else when the last reader leaves. */
    public void whenIdle(String id, Runnable action) {
        synchronized (this) {
            if (readers.containsKey(id)) {
                deferred.computeIfAbsent(id, k -> new ArrayList<>()).add(action);
                return;
            }
        }
        action.run();
    }
}
