package io.gantry.daemon.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gantry.api.InvalidArgumentException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Docker's {@code filters} query parameter: {"name":["web"]}, or the older {"name":{"web":true}}.
 */
public final class Filters {
    private final Map<String, List<String>> values;

    private Filters(Map<String, List<String>> values) {
        this.values = values;
    }

    public static Filters parse(String text, ObjectMapper json) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return new Filters(values);
        }
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (IOException e) {
            throw new InvalidArgumentException("invalid filters '" + text + "': not JSON");
        }
        if (root == null || !root.isObject()) {
            throw new InvalidArgumentException("invalid filters '" + text + "': expected a JSON object");
        }
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            List<String> list = new ArrayList<>();
            if (e.getValue().isArray()) {
                e.getValue().forEach(v -> list.add(v.asText()));
            } else if (e.getValue().isObject()) {
                e.getValue().fieldNames().forEachRemaining(list::add);
            } else {
                throw new InvalidArgumentException("invalid filter '" + e.getKey() + "': expected a list");
            }
            values.put(e.getKey(), list);
        }
        return new Filters(values);
    }

    /** Refuses filter names the endpoint does not know, as dockerd does. */
    public Filters allow(String endpoint, List<String> known) {
        for (String name : values.keySet()) {
            if (!known.contains(name)) {
                throw new InvalidArgumentException("invalid filter '" + name + "' for " + endpoint);
            }
        }
        return this;
    }

    /** Every filter with its values, in the order given. */
    public Map<String, List<String>> asMap() {
        return Collections.unmodifiableMap(values);
    }

    public List<String> get(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** True when the filter is absent or any of its values satisfies {@code test}. */
    public boolean any(String name, java.util.function.Predicate<String> test) {
        List<String> wanted = get(name);
        return wanted.isEmpty() || wanted.stream().anyMatch(test);
    }

    /**
     * A filter that is true or false (or 1 or 0), null when absent; of several values the last counts.
     *
     * @throws InvalidArgumentException naming the filter and its value when it is neither
     */
    public Boolean bool(String name) {
        List<String> given = get(name);
        if (given.isEmpty()) {
            return null;
        }
        String value = given.get(given.size() - 1);
        if (value.equals("true") || value.equals("1")) {
            return true;
        }
        if (value.equals("false") || value.equals("0")) {
            return false;
        }
        throw new InvalidArgumentException("invalid filter '" + name + "=" + value + "': expected true or false");
    }

    /** Label filters "key" or "key=value"; all must hold. */
    public boolean labels(Map<String, String> labels) {
        for (String want : get("label")) {
            int eq = want.indexOf('=');
            boolean holds = eq < 0 ? labels.containsKey(want)
                    : want.substring(eq + 1).equals(labels.get(want.substring(0, eq)));
            if (!holds) {
                return false;
            }
        }
        return true;
    }
}
