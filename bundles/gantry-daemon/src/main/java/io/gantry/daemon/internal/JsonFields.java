package io.gantry.daemon.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.gantry.api.InvalidArgumentException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Typed reads of optional fields of a request body; a field of the wrong type is a 400. */
final class JsonFields {
    private JsonFields() {
    }

    static String string(JsonNode parent, String field) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw wrongType(field, "a string", n);
        }
        return n.asText();
    }

    static boolean bool(JsonNode parent, String field) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            return false;
        }
        if (!n.isBoolean()) {
            throw wrongType(field, "a boolean", n);
        }
        return n.booleanValue();
    }

    /** A number, where 0 (Docker's "unset") and absence are both null. */
    static Long positiveOrNull(JsonNode parent, String field) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isIntegralNumber() || !n.canConvertToLong()) {
            throw wrongType(field, "an integer", n);
        }
        return n.longValue() == 0 ? null : n.longValue();
    }

    /** A string array; Docker also accepts a single string here. */
    static List<String> strings(JsonNode parent, String field) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isTextual()) {
            return List.of(n.asText());
        }
        if (!n.isArray()) {
            throw wrongType(field, "an array of strings", n);
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : n) {
            if (!item.isTextual()) {
                throw wrongType(field, "an array of strings", n);
            }
            out.add(item.asText());
        }
        return out;
    }

    static Map<String, String> stringMap(JsonNode parent, String field) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isObject()) {
            throw wrongType(field, "an object of strings", n);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : n.properties()) {
            if (!e.getValue().isTextual()) {
                throw wrongType(field, "an object of strings", n);
            }
            out.put(e.getKey(), e.getValue().asText());
        }
        return out;
    }

    static JsonNode object(JsonNode parent, String field) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }
        if (!n.isObject()) {
            throw wrongType(field, "an object", n);
        }
        return n;
    }

    /** Whether the field holds something: a non-empty array, object or string. */
    static boolean present(JsonNode parent, String field) {
        JsonNode n = parent.get(field);
        return n != null && !n.isNull() && !n.isMissingNode() && (n.isContainerNode() ? n.size() > 0 : true)
                && !(n.isTextual() && n.asText().isEmpty());
    }

    private static InvalidArgumentException wrongType(String field, String expected, JsonNode actual) {
        return new InvalidArgumentException("invalid " + field + ": expected " + expected + ", got "
                + actual.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
    }
}
