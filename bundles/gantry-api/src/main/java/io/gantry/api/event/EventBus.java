package io.gantry.api.event;

import java.util.function.Consumer;
import java.util.function.Predicate;
import org.osgi.annotation.versioning.ProviderType;

/** Publishes engine events to subscribers; a slow or failing subscriber never stalls a publisher. */
@ProviderType
public interface EventBus {
    void publish(Event event);

    /** @return closing it ends the subscription */
    AutoCloseable subscribe(Predicate<Event> filter, Consumer<Event> subscriber);
}
