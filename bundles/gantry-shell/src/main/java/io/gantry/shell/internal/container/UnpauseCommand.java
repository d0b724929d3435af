package io.gantry.shell.internal.container;

import io.gantry.api.container.ContainerLifecycle;
import io.gantry.shell.internal.EachRef;
import io.gantry.shell.internal.completers.PausedContainerCompleter;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "container", name = "unpause", description = "Lets the processes of paused containers run again")
public class UnpauseCommand implements Action {
    @Reference
    ContainerLifecycle containers;

    @Argument(index = 0, name = "container", required = true, multiValued = true, description = "Container names or ids")
    @Completion(PausedContainerCompleter.class)
    List<String> refs;

    @Override
    public Object execute() {
        EachRef.apply(refs, containers::unpause, System.out);
        return null;
    }
}
