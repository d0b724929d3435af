package io.gantry.api.event;

import java.time.Instant;
import java.util.Map;

/**
 * Something that happened, in Docker's terms.
 *
 * @param type container, image, network or volume
 * @param action create, start, die, destroy, pull ...
 * @param actorId the object's id
 * @param attributes name, image, exitCode ...
 */
public record Event(String type, String action, String actorId, Map<String, String> attributes, Instant time) {
    public Event {
        attributes = Map.copyOf(attributes);
    }
}
