package io.gantry.core.internal.state;

import io.gantry.api.NotFoundException;
import io.gantry.api.container.attach.StdioStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Attach requests waiting for a container's next start. The starter connects them once the shim has created the
 * container and before the runtime starts its process, so that they see its output from the first byte.
 */
public final class StartAttaches {
    private record Request(boolean stdin, CompletableFuture<StdioStream> stream) {
    }

    private final Map<String, List<Request>> waiting = new HashMap<>();

    /** A request for the next start of container {@code id}; register it under the container's lock. */
    public synchronized CompletableFuture<StdioStream> register(String id, boolean stdin) {
        CompletableFuture<StdioStream> stream = new CompletableFuture<>();
        waiting.computeIfAbsent(id, k -> new ArrayList<>()).add(new Request(stdin, stream));
        stream.whenComplete((s, e) -> withdraw(id, stream));
        return stream;
    }

    /** How many requests wait for container {@code id}. */
    public synchronized int waiting(String id) {
        return waiting.getOrDefault(id, List.of()).size();
    }

    /**
     * Connects every waiting request with {@code connect} (stdin wanted to the stream); a request cancelled
     * meanwhile gets its stream closed, and one that cannot connect fails.
     */
    public void connect(String id, Function<Boolean, StdioStream> connect) {
        for (Request request : take(id)) {
            try {
                StdioStream stream = connect.apply(request.stdin());
                if (!request.stream().complete(stream)) {
                    stream.close();
                }
            } catch (RuntimeException e) {
                request.stream().completeExceptionally(e);
            }
        }
    }

    /** The container is gone: its waiting requests fail. */
    public void removed(String id) {
        for (Request request : take(id)) {
            request.stream().completeExceptionally(new NotFoundException("container " + id
                    + " was removed before it started"));
        }
    }

    private synchronized List<Request> take(String id) {
        List<Request> taken = waiting.remove(id);
        return taken == null ? List.of() : taken;
    }

    private synchronized void withdraw(String id, CompletableFuture<StdioStream> stream) {
        List<Request> requests = waiting.get(id);
        if (requests != null && requests.removeIf(r -> r.stream() == stream) && requests.isEmpty()) {
            waiting.remove(id);
        }
    }
}
