package io.gantry.daemon.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Typed reads of optional fields of a request body; a field of the wrong type is a 400. */
public final class JsonFields {
    private JsonFields() {
    }

    public static String string(JsonNode parent, String field) {
        JsonNode n = checked(parent, field, JsonKind.STRING);
        return n == null ? null : n.asText();
    }

    public static boolean bool(JsonNode parent, String field) {
        JsonNode n = checked(parent, field, JsonKind.BOOLEAN);
        return n != null && n.booleanValue();
    }

    /** A number, where 0 (Docker's "unset") and absence are both null. */
    public static Long positiveOrNull(JsonNode parent, String field) {
        JsonNode n = checked(parent, field, JsonKind.INTEGER);
        return n == null || n.longValue() == 0 ? null : n.longValue();
    }

    public static Integer integer(JsonNode parent, String field) {
        JsonNode n = checked(parent, field, JsonKind.INTEGER);
        if (n != null && !n.canConvertToInt()) {
            throw JsonKind.INTEGER.mismatch(field, n);
        }
        return n == null ? null : n.intValue();
    }

    public static List<String> strings(JsonNode parent, String field) {
        JsonNode n = checked(parent, field, JsonKind.STRINGS);
        return n == null ? null : texts(n);
    }

    /** Docker's StrSlice: an array of strings, or a single string. */
    public static List<String> stringOrStrings(JsonNode parent, String field) {
        JsonNode n = checked(parent, field, JsonKind.STRING_OR_STRINGS);
        if (n == null) {
            return null;
        }
        return n.isTextual() ? List.of(n.asText()) : texts(n);
    }

    public static Map<String, String> stringMap(JsonNode parent, String field) {
        JsonNode n = checked(parent, field, JsonKind.STRING_MAP);
        if (n == null) {
            return null;
        }
        Map<String, String> out = new LinkedHashMap<>();
        n.properties().forEach(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    /** The nested object, or a missing node (whose fields all read as absent). */
    public static JsonNode object(JsonNode parent, String field) {
        JsonNode n = checked(parent, field, JsonKind.OBJECT);
        return n == null ? MissingNode.getInstance() : n;
    }

    /** Whether the field holds something: a non-empty array, object or string. */
    public static boolean present(JsonNode parent, String field) {
        JsonNode n = parent.get(field);
        return n != null && !n.isNull() && !n.isMissingNode() && (!n.isContainerNode() || n.size() > 0)
                && !(n.isTextual() && n.asText().isEmpty());
    }

    /** The field's value when present and of the kind, null when absent or null. */
    private static JsonNode checked(JsonNode parent, String field, JsonKind kind) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!kind.fits(n)) {
            throw kind.mismatch(field, n);
        }
        return n;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(item -> out.add(item.asText()));
        return out;
    }
}
