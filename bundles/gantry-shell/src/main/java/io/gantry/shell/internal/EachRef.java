package io.gantry.shell.internal;

import io.gantry.api.GantryException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Applies an operation to each reference and prints the ones that succeeded, as `docker rm a b` does:
 * a failure does not stop the others, and is thrown once all were tried.
 */
public final class EachRef {
    private EachRef() {
    }

    public static void apply(List<String> refs, Consumer<String> operation, PrintStream out) {
        List<GantryException> failures = new ArrayList<>();
        for (String ref : refs) {
            try {
                operation.accept(ref);
                out.println(ref);
            } catch (GantryException e) {
                failures.add(e);
            }
        }
        if (failures.size() == 1) {
            throw failures.get(0);
        }
        if (!failures.isEmpty()) {
            GantryException all = new GantryException(
                    failures.stream().map(Throwable::getMessage).collect(Collectors.joining("; ")));
            failures.forEach(all::addSuppressed);
            throw all;
        }
    }
}
