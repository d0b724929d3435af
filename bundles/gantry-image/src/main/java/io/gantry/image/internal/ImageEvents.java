package io.gantry.image.internal;

import io.gantry.api.event.Event;
import io.gantry.api.event.EventBus;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Publishes image events the way Docker names them ("untag", "delete") on the event bus, when one is bound. */
final class ImageEvents {
    private static final Logger LOG = LoggerFactory.getLogger(ImageEvents.class);

    private volatile EventBus bus;

    void bind(EventBus bus) {
        this.bus = bus;
    }

    void unbind(EventBus bus) {
        if (this.bus == bus) {
            this.bus = null;
        }
    }

    void publish(String action, String imageId, String name) {
        EventBus current = bus;
        if (current == null) {
            return;
        }
        try {
            current.publish(new Event("image", action, imageId, Map.of("name", name), Instant.now()));
        } catch (RuntimeException e) {
            LOG.warn("Could not publish the {} event of image {}: {}", action, imageId, e.toString());
        }
    }
}
