package io.gantry.daemon.internal.route.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gantry.api.event.Event;

/** An engine event in Docker's events shape. */
final class EventJson {
    private EventJson() {
    }

    static ObjectNode render(Event e, ObjectMapper json) {
        ObjectNode o = json.createObjectNode();
        String from = e.attributes().get("image");
        if (e.type().equals("container")) {
            o.put("status", e.action()).put("id", e.actorId());
            if (from != null) {
                o.put("from", from);
            }
        }
        o.put("Type", e.type()).put("Action", e.action());
        ObjectNode actor = o.putObject("Actor");
        actor.put("ID", e.actorId());
        actor.set("Attributes", json.valueToTree(e.attributes()));
        long nanos = e.time().getEpochSecond() * 1_000_000_000L + e.time().getNano();
        o.put("scope", "local").put("time", e.time().getEpochSecond()).put("timeNano", nanos);
        return o;
    }
}
