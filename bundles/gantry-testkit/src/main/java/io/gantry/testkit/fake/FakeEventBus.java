package io.gantry.testkit.fake;

import io.gantry.api.event.Event;
import io.gantry.api.event.EventBus;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** An event bus that delivers each event to its subscribers at once, on the publishing thread. */
public final class FakeEventBus implements EventBus {
    /** Every event published, in order. */
    public final List<Event> published = new CopyOnWriteArrayList<>();
    private final List<Consumer<Event>> subscribers = new CopyOnWriteArrayList<>();

    @Override
    public void publish(Event event) {
        published.add(event);
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
