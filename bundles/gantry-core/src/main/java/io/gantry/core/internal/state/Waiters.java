package io.gantry.core.internal.state;

import io.gantry.api.NotFoundException;
import io.gantry.api.container.ExitStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Futures waiting for a container's next exit or for its removal. */
public final class Waiters {
    private final Map<String, List<CompletableFuture<ExitStatus>>> exits = new HashMap<>();
    private final Map<String, List<CompletableFuture<ExitStatus>>> removals = new HashMap<>();

    public synchronized CompletableFuture<ExitStatus> nextExit(String id) {
        return register(exits, id);
    }

    public synchronized CompletableFuture<ExitStatus> removal(String id) {
        return register(removals, id);
    }

    public void exited(String id, ExitStatus status) {
        take(exits, id).forEach(f -> f.complete(status));
    }

    /** Completes the removal waiters; exit waiters fail, since that exit can no longer happen. */
    public void removed(String id, ExitStatus status) {
        take(exits, id).forEach(f -> f.completeExceptionally(
                new NotFoundException("container " + id + " was removed before it exited")));
        take(removals, id).forEach(f -> f.complete(status));
    }

    private static CompletableFuture<ExitStatus> register(Map<String, List<CompletableFuture<ExitStatus>>> map,
            String id) {
        CompletableFuture<ExitStatus> future = new CompletableFuture<>();
        map.computeIfAbsent(id, k -> new ArrayList<>()).add(future);
        return future;
    }

    private synchronized List<CompletableFuture<ExitStatus>> take(
            Map<String, List<CompletableFuture<ExitStatus>>> map, String id) {
        List<CompletableFuture<ExitStatus>> taken = map.remove(id);
        return taken == null ? List.of() : taken;
    }
}
