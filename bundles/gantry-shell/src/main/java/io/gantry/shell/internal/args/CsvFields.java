package io.gantry.shell.internal.args;

import io.gantry.api.InvalidArgumentException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a --mount value at its commas as the docker CLI reads it, one CSV line: a field in double quotes may hold
 * commas ("volume-opt=o=addr=10.0.0.1,rw"), and "" in it is one quote.
 */
final class CsvFields {
    private CsvFields() {
    }

    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        int i = 0;
        do {
            StringBuilder field = new StringBuilder();
            i = line.startsWith("\"", i) ? quoted(line, i + 1, field) : plain(line, i, field);
            fields.add(field.toString());
        } while (i++ < line.length());
        return fields;
    }

    /** Reads up to the next comma; returns its index, or the line's length. */
    private static int plain(String line, int start, StringBuilder field) {
        int end = line.indexOf(',', start);
        end = end < 0 ? line.length() : end;
        String text = line.substring(start, end);
        if (text.contains("\"")) {
            throw badQuote(line);
        }
        field.append(text);
        return end;
    }

    /** Reads a quoted field from after its opening quote; returns the index of the comma after it, or the length. */
    private static int quoted(String line, int start, StringBuilder field) {
        int i = start;
        while (i < line.length()) {
            char c = line.charAt(i++);
            if (c != '"') {
                field.append(c);
            } else if (line.startsWith("\"", i)) {
                field.append('"');
                i++;
            } else if (i == line.length() || line.charAt(i) == ',') {
                return i;
            } else {
                throw badQuote(line);
            }
        }
        throw new InvalidArgumentException("invalid mount '" + line + "': a quoted field is not closed");
    }

    private static InvalidArgumentException badQuote(String line) {
        return new InvalidArgumentException("invalid mount '" + line + "': a quote must enclose a whole field");
    }
}
