package io.gantry.daemon.internal.route.container.body;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gantry.api.InvalidArgumentException;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A request field that asks for something the engine cannot do yet. Clients send most fields with their
 * default value (0, "", false, null, empty), which the engine meets by doing nothing; any other value is
 * refused, never ignored.
 *
 * @param shown the default as inspect shows it
 */
record Unsupported(String field, String flag, JsonNode shown, Predicate<JsonNode> accepts) {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    static Unsupported number(String field, String flag) {
        return new Unsupported(field, flag, NODES.numberNode(0), n -> n.asLong() == 0);
    }

    static Unsupported text(String field, String flag, String... alsoAccepted) {
        Set<String> accepted = Set.of(alsoAccepted);
        return new Unsupported(field, flag, NODES.textNode(""), n -> n.asText().isEmpty()
                || accepted.contains(n.asText()));
    }

    /** An array or object, which Docker shows as null when it is not set. */
    static Unsupported list(String field, String flag) {
        return new Unsupported(field, flag, NODES.nullNode(), JsonNode::isEmpty);
    }

    static Unsupported flag(String field, String flag) {
        return new Unsupported(field, flag, NODES.booleanNode(false), n -> !n.asBoolean());
    }

    /** @throws InvalidArgumentException naming the first field that is set to what the engine cannot do */
    static void check(List<Unsupported> fields, JsonNode object, String prefix) {
        for (Unsupported u : fields) {
            JsonNode value = object.get(u.field);
            if (value != null && !value.isNull() && !u.accepts.test(value)) {
                throw new InvalidArgumentException(prefix + u.field + " (" + u.flag + ") is not supported yet: got "
                        + value);
            }
        }
    }

    static void show(List<Unsupported> fields, ObjectNode object) {
        fields.forEach(u -> object.set(u.field, u.shown));
    }
}
