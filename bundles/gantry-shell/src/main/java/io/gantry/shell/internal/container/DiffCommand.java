package io.gantry.shell.internal.container;

import io.gantry.api.container.monitor.ContainerMonitor;
import io.gantry.api.container.monitor.FileChange;
import io.gantry.shell.internal.completers.ContainerCompleter;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** Lists what a container changed against its image, one path a line: C changed, A added, D deleted. */
@Service
@Command(scope = "container", name = "diff",
        description = "Lists the files a container added (A), changed (C) or deleted (D)")
public class DiffCommand implements Action {
    @Reference
    ContainerMonitor monitor;

    @Argument(index = 0, name = "container", required = true, description = "Container name or id")
    @Completion(ContainerCompleter.class)
    String ref;

    @Override
    public Object execute() {
        for (FileChange change : monitor.changes(ref)) {
            System.out.println(letter(change.kind()) + " " + change.path());
        }
        return null;
    }

    private static char letter(FileChange.Kind kind) {
        return switch (kind) {
            case MODIFIED -> 'C';
            case ADDED -> 'A';
            case DELETED -> 'D';
        };
    }
}
