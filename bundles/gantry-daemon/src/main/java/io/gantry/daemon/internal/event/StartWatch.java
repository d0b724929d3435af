package io.gantry.daemon.internal.event;

import io.gantry.api.container.ContainerLifecycle;
import io.gantry.api.container.ContainerState;
import io.gantry.api.event.Event;
import io.netty.channel.Channel;
import java.util.concurrent.CompletableFuture;

/** Waits until a container runs: it is started by another request, after the client attached. */
public final class StartWatch {
    private final ContainerLifecycle containers;
    private final EventHistory events;

    public StartWatch(ContainerLifecycle containers, EventHistory events) {
        this.containers = containers;
        this.events = events;
    }

    /**
     * Blocks until container {@code id} runs; false if it is removed or the client goes away first.
     * Listening starts before the state is read, so a start in between is not missed.
     */
    public boolean awaitStart(String id, Channel client) throws Exception {
        CompletableFuture<Boolean> started = new CompletableFuture<>();
        try (AutoCloseable subscription = events.follow(replay -> { }, event -> {
            if (concerns(event, id, "start")) {
                started.complete(true);
            } else if (concerns(event, id, "destroy")) {
                started.complete(false);
            }
        })) {
            client.closeFuture().addListener(f -> started.complete(false));
            if (containers.inspect(id).state() == ContainerState.RUNNING) {
                return true;
            }
            return started.get();
        }
    }

    private static boolean concerns(Event event, String id, String action) {
        return event.type().equals("container") && event.actorId().equals(id) && event.action().equals(action);
    }
}
