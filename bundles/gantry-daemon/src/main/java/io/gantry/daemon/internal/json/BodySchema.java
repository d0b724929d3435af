package io.gantry.daemon.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields of one request body object with the JSON kind each must have, and the schemas of nested
 * objects. Unknown fields pass, as they do in dockerd; a known field of the wrong kind is a 400.
 */
public final class BodySchema {
    private final Map<String, JsonKind> kinds = new LinkedHashMap<>();
    private final Map<String, BodySchema> nested = new LinkedHashMap<>();

    public BodySchema with(JsonKind kind, String... fields) {
        for (String field : fields) {
            kinds.put(field, kind);
        }
        return this;
    }

    public BodySchema with(String field, BodySchema schema) {
        kinds.put(field, JsonKind.OBJECT);
        nested.put(field, schema);
        return this;
    }

    public BodySchema withAll(BodySchema other) {
        kinds.putAll(other.kinds);
        nested.putAll(other.nested);
        return this;
    }

    /** @throws io.gantry.api.InvalidArgumentException naming the first field of the wrong kind */
    public void check(JsonNode body) {
        check(body, "");
    }

    /** Checks an object nested where the schema cannot name it (an array's item); errors name it {@code prefix}. */
    public void check(JsonNode object, String prefix) {
        for (Map.Entry<String, JsonKind> field : kinds.entrySet()) {
            JsonNode value = object.get(field.getKey());
            if (!field.getValue().fits(value)) {
                throw field.getValue().mismatch(prefix + field.getKey(), value);
            }
            BodySchema inner = nested.get(field.getKey());
            if (inner != null && value != null && value.isObject()) {
                inner.check(value, prefix + field.getKey() + ".");
            }
        }
    }
}
