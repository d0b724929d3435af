package io.gantry.core.internal.events;

import io.gantry.api.event.Event;
import io.gantry.api.event.EventBus;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/** Hands each event to every subscriber's own queue; publishing never waits for a subscriber. */
@Component(service = EventBus.class)
public final class AsyncEventBus implements EventBus {
    static final int QUEUE_CAPACITY = 1024;

    private final Set<Subscription> subscriptions = ConcurrentHashMap.newKeySet();

    @Override
    public void publish(Event event) {
        subscriptions.forEach(s -> s.offer(event));
    }

    @Override
    public AutoCloseable subscribe(Predicate<Event> filter, Consumer<Event> subscriber) {
        Subscription subscription = new Subscription(filter, subscriber, QUEUE_CAPACITY, subscriptions::remove);
        subscriptions.add(subscription);
        subscription.start();
        return subscription;
    }

    @Deactivate
    public void deactivate() {
        subscriptions.forEach(Subscription::close);
    }
}
