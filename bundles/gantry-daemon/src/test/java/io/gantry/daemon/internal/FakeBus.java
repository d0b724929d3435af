package io.gantry.daemon.internal;

import io.gantry.api.event.Event;
import io.gantry.api.event.EventBus;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** Delivers events synchronously to its subscribers. */
final class FakeBus implements EventBus {
    private final List<Consumer<Event>> subscribers = new CopyOnWriteArrayList<>();

    @Override
    public void publish(Event event) {
        subscribers.forEach(s -> s.accept(event));
    }

    @Override
    public AutoCloseable subscribe(Predicate<Event> filter, Consumer<Event> subscriber) {
        Consumer<Event> filtered = e -> {
            if (filter.test(e)) {
                subscriber.accept(e);
            }
        };
        subscribers.add(filtered);
        return () -> subscribers.remove(filtered);
    }
}
