package io.gantry.shell.internal.format;

import io.gantry.api.container.NamespaceMode;
import java.lang.reflect.RecordComponent;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * Pretty-prints records, maps, collections and plain values as JSON, the way `docker inspect` indents.
 * Record components keep their declared order; map keys are sorted; enums are written lower-case.
 */
public final class JsonPrinter {
    private static final String INDENT = "    ";

    private JsonPrinter() {
    }

    public static String print(Object value) {
        StringBuilder json = new StringBuilder();
        write(json, value, "");
        return json.toString();
    }

    private static void write(StringBuilder json, Object value, String indent) {
        if (value == null || value instanceof Number || value instanceof Boolean) {
            json.append(value);
        } else if (value instanceof Enum<?> e) {
            string(json, e.name().toLowerCase(Locale.ROOT));
        } else if (value instanceof NamespaceMode || value instanceof TemporalAccessor || value instanceof CharSequence) {
            string(json, value.toString());
        } else if (value instanceof Record record) {
            object(json, components(record), indent);
        } else if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
            object(json, sorted, indent);
        } else if (value instanceof Collection<?> items) {
            array(json, items, indent);
        } else {
            string(json, value.toString());
        }
    }

    private static Map<String, Object> components(Record record) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            try {
                fields.put(component.getName(), component.getAccessor().invoke(record));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass().getName(), e);
            }
        }
        return fields;
    }

    private static void object(StringBuilder json, Map<String, Object> fields, String indent) {
        block(json, '{', '}', fields.entrySet(), indent, (field, inner) -> {
            string(json, field.getKey());
            json.append(": ");
            write(json, field.getValue(), inner);
        });
    }

    private static void array(StringBuilder json, Collection<?> items, String indent) {
        block(json, '[', ']', items, indent, (item, inner) -> write(json, item, inner));
    }

    /** Writes the entries one a line, indented one step more than the brackets; empty brackets stay on one line. */
    private static <T> void block(StringBuilder json, char open, char close, Collection<T> entries, String indent,
            BiConsumer<T, String> entryWriter) {
        json.append(open);
        String inner = indent + INDENT;
        String separator = "\n";
        for (T entry : entries) {
            json.append(separator).append(inner);
            entryWriter.accept(entry, inner);
            separator = ",\n";
        }
        if (!entries.isEmpty()) {
            json.append('\n').append(indent);
        }
        json.append(close);
    }

    private static void string(StringBuilder json, String text) {
        json.append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> json.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        json.append('"');
    }
}
