package io.gantry.shell.internal;

import io.gantry.api.GantryException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Applies an operation to each reference, as `docker rm a b` does: a failure does not stop the others, and is
 * thrown once all were tried (several as one, their messages joined).
 */
public final class EachRef {
    private EachRef() {
    }

    /** Also prints each reference the operation succeeded for. */
    public static void apply(List<String> refs, Consumer<String> operation, PrintStream out) {
        apply(refs, ref -> {
            operation.accept(ref);
            out.println(ref);
        });
    }

    public static void apply(List<String> refs, Consumer<String> operation) {
        List<GantryException> failures = new ArrayList<>();
        for (String ref : refs) {
            try {
                operation.accept(ref);
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
