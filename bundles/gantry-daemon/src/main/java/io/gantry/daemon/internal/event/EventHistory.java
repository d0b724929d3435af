package io.gantry.daemon.internal.event;

import io.gantry.api.event.Event;
import io.gantry.api.event.EventBus;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Keeps the latest engine events, as dockerd does, so that {@code docker events --since} can replay them,
 * and fans new ones out to the API's event streams.
 */
public final class EventHistory implements AutoCloseable {
    static final int CAPACITY = 1024;

    private final ArrayDeque<Event> recent = new ArrayDeque<>();
    private final List<Consumer<Event>> listeners = new CopyOnWriteArrayList<>();
    private final AutoCloseable subscription;

    public EventHistory(EventBus bus) {
        this.subscription = bus.subscribe(e -> true, this::record);
    }

    private synchronized void record(Event event) {
        if (recent.size() == CAPACITY) {
            recent.removeFirst();
        }
        recent.addLast(event);
        listeners.forEach(l -> l.accept(event));
    }

    /** Hands the stored events to {@code replay}, then every new one to {@code live}, with no gap. */
    public synchronized AutoCloseable follow(Consumer<List<Event>> replay, Consumer<Event> live) {
        replay.accept(new ArrayList<>(recent));
        listeners.add(live);
        return () -> listeners.remove(live);
    }

    @Override
    public void close() throws Exception {
        subscription.close();
    }
}
