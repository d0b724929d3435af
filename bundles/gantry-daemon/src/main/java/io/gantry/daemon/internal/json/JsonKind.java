package io.gantry.daemon.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.gantry.api.InvalidArgumentException;
import java.util.Locale;

/** The JSON types Docker's request bodies use; null fits every kind, as it does for dockerd. */
public enum JsonKind {
    STRING("a string"),
    BOOLEAN("a boolean"),
    INTEGER("an integer"),
    STRINGS("an array of strings"),
    /** Docker's StrSlice: an array of strings, or one string. */
    STRING_OR_STRINGS("a string or an array of strings"),
    STRING_MAP("an object of strings"),
    OBJECT("an object"),
    ARRAY("an array");

    private final String description;

    JsonKind(String description) {
        this.description = description;
    }

    public boolean fits(JsonNode n) {
        if (n == null || n.isNull()) {
            return true;
        }
        return switch (this) {
            case STRING -> n.isTextual();
            case BOOLEAN -> n.isBoolean();
            case INTEGER -> n.isIntegralNumber() && n.canConvertToLong();
            case STRINGS -> n.isArray() && allText(n);
            case STRING_OR_STRINGS -> n.isTextual() || (n.isArray() && allText(n));
            case STRING_MAP -> n.isObject() && allText(n);
            case OBJECT -> n.isObject();
            case ARRAY -> n.isArray();
        };
    }

    /** The 400 error for a field whose value does not fit this kind. */
    public InvalidArgumentException mismatch(String field, JsonNode actual) {
        return new InvalidArgumentException("field " + field + ": expected " + description
                + ", got " + describe(actual));
    }

    private static boolean allText(JsonNode container) {
        for (JsonNode item : container) {
            if (!item.isTextual()) {
                return false;
            }
        }
        return true;
    }

    private static String describe(JsonNode n) {
        if (n.isArray() && !n.isEmpty()) {
            return allText(n) ? "an array of strings" : "an array with an item that is not a string";
        }
        if (n.isObject() && !n.isEmpty() && !allText(n)) {
            return "an object with a value that is not a string";
        }
        if (n.isIntegralNumber()) {
            return n.canConvertToLong() ? "a number" : "a number too large";
        }
        if (n.isNumber()) {
            return "a fraction";
        }
        String type = n.getNodeType().name().toLowerCase(Locale.ROOT);
        return (type.equals("array") || type.equals("object") ? "an " : "a ") + type;
    }
}
