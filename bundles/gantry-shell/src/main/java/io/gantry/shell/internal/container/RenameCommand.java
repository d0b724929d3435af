package io.gantry.shell.internal.container;

import io.gantry.api.container.ContainerLifecycle;
import io.gantry.shell.internal.completers.ContainerCompleter;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "container", name = "rename", description = "Gives a container a new name")
public class RenameCommand implements Action {
    @Reference
    ContainerLifecycle containers;

    @Argument(index = 0, name = "container", required = true, description = "Container name or id")
    @Completion(ContainerCompleter.class)
    String ref;

    @Argument(index = 1, name = "new-name", required = true, description = "The container's new name")
    String newName;

    @Override
    public Object execute() {
        containers.rename(ref, newName);
        return null;
    }
}
