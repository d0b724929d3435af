package io.gantry.daemon.internal.route.system;

import io.gantry.api.event.Event;
import io.gantry.daemon.internal.json.Filters;
import java.util.List;
import java.util.function.Predicate;

/** The filters of GET /events: type, event, container, image, label. */
final class EventFilter implements Predicate<Event> {
    static final List<String> KNOWN = List.of("type", "event", "container", "image", "label");

    private final Filters filters;

    EventFilter(Filters filters) {
        this.filters = filters.allow("events", KNOWN);
    }

    @Override
    public boolean test(Event e) {
        String name = e.attributes().getOrDefault("name", "");
        return filters.any("type", e.type()::equals)
                && filters.any("event", a -> e.action().equals(a) || e.action().startsWith(a + ":"))
                && (!e.type().equals("container") && filters.get("container").isEmpty()
                    || e.type().equals("container") && filters.any("container",
                            c -> e.actorId().startsWith(c) || name.equals(c)))
                && filters.any("image", i -> i.equals(e.attributes().get("image")) || e.actorId().equals(i))
                && filters.labels(e.attributes());
    }
}
