package io.gantry.shell.internal;

import java.util.List;
import java.util.stream.Stream;

/** Reads back what ShellTable printed. */
public final class TableRows {
    private TableRows() {
    }

    /** The trimmed cells of one printed row. */
    public static List<String> cells(String row) {
        return Stream.of(row.split(" *\\| *")).map(String::strip).toList();
    }
}
