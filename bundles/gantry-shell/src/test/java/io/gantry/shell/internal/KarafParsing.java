package io.gantry.shell.internal;

import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.impl.action.command.DefaultActionPreparator;

/** Fills a command's fields from a command line the way the Karaf console does. */
public final class KarafParsing {
    private KarafParsing() {
    }

    public static <A extends Action> A parse(A action, String... args) throws Exception {
        if (!new DefaultActionPreparator().prepare(action, null, List.of((Object[]) args))) {
            throw new AssertionError("Karaf did not prepare " + action.getClass().getSimpleName());
        }
        return action;
    }
}
