package io.gantry.core.internal.monitor;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.monitor.TopResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Reads ps output: the header's titles, then the rows whose PID is one of the given. The last column
 * (the command) keeps its spaces.
 */
final class PsTable {
    private PsTable() {
    }

    static TopResult parse(String output, Collection<Integer> pids) {
        List<String> lines = output.lines().filter(l -> !l.isBlank()).toList();
        if (lines.isEmpty()) {
            throw new InvalidArgumentException("ps printed nothing");
        }
        List<String> titles = fields(lines.get(0));
        int pidColumn = titles.indexOf("PID");
        if (pidColumn < 0) {
            throw new InvalidArgumentException("Couldn't find PID field in ps output");
        }
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> fields = fields(line);
            if (fields.size() <= pidColumn) {
                continue;
            }
            int pid = pid(fields.get(pidColumn));
            if (pids.contains(pid)) {
                rows.add(row(fields, titles.size()));
            }
        }
        return new TopResult(titles, rows);
    }

    private static List<String> row(List<String> fields, int columns) {
        if (fields.size() <= columns) {
            return fields;
        }
        List<String> row = new ArrayList<>(fields.subList(0, columns - 1));
        row.add(String.join(" ", fields.subList(columns - 1, fields.size())));
        return row;
    }

    private static int pid(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new InvalidArgumentException("unexpected pid '" + text + "' in ps output");
        }
    }

    private static List<String> fields(String line) {
        return Arrays.asList(line.trim().split("\\s+"));
    }
}
