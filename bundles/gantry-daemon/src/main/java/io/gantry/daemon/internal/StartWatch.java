package io.gantry.daemon.internal;

import io.gantry.api.container.ContainerService;
import io.gantry.api.container.ContainerState;
import io.gantry.api.event.Event;
import io.netty.channel.Channel;
import java.util.concurrent.CompletableFuture;

/** Waits until a container runs: it is started by another request, after the client attached. */
final class StartWatch {
    private final ContainerService containers;
    private final EventHistory events;

    StartWatch(ContainerService containers, EventHistory events) {
        this.containers = containers;
        this.events = events;
    }

    /**
     * Blocks until container {@code id} runs; false if it is removed or the client goes away first.
     * Listening starts before the state is read, so a start in between is not missed.
     */
    boolean awaitStart(String id, Channel client) throws Exception {
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
