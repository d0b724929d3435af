package io.gantry.core.internal.state;

import io.gantry.api.container.Container;
import io.gantry.api.event.Event;
import io.gantry.api.event.EventBus;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Publishes container events with Docker's attributes (name, image, plus the action's own). */
public final class ContainerEvents {
    private static final Logger LOG = LoggerFactory.getLogger(ContainerEvents.class);

    private final EventBus bus;

    public ContainerEvents(EventBus bus) {
        this.bus = bus;
    }

    public void publish(Container container, String action) {
        publish(container, action, Map.of());
    }

    public void publish(Container container, String action, Map<String, String> extra) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("name", container.name());
        attributes.put("image", container.config().image());
        attributes.putAll(extra);
        try {
            bus.publish(new Event("container", action, container.id(), attributes, Instant.now()));
        } catch (RuntimeException e) {
            LOG.warn("Could not publish {} event of container {}: {}", action, container.id(), e.toString());
        }
    }
}
