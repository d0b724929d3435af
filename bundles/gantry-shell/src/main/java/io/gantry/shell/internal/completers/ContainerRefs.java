package io.gantry.shell.internal.completers;

import io.gantry.api.container.Container;
import java.util.List;
import java.util.SortedSet;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

final class ContainerRefs {
    private ContainerRefs() {
    }

    static int complete(List<Container> list, Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter delegate = new StringsCompleter();
        SortedSet<String> refs = delegate.getStrings();
        for (Container c : list) {
            refs.add(c.shortId());
            if (c.name() != null) {
                refs.add(c.name());
            }
        }
        return delegate.complete(session, commandLine, candidates);
    }
}
