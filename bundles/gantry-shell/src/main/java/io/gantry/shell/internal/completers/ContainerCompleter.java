package io.gantry.shell.internal.completers;

import io.gantry.api.container.ContainerLifecycle;
import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;

/** Completes the names and short ids of all containers. */
@Service
public class ContainerCompleter implements Completer {
    @Reference
    ContainerLifecycle containers;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        return ContainerRefs.complete(containers.list(true), session, commandLine, candidates);
    }
}
