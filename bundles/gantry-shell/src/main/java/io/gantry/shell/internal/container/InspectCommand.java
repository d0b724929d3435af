package io.gantry.shell.internal.container;

import io.gantry.api.container.ContainerLifecycle;
import io.gantry.shell.internal.completers.ContainerCompleter;
import io.gantry.shell.internal.format.JsonPrinter;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "container", name = "inspect", description = "Prints containers' records as a JSON array")
public class InspectCommand implements Action {
    @Reference
    ContainerLifecycle containers;

    @Argument(index = 0, name = "container", required = true, multiValued = true, description = "Container names or ids")
    @Completion(ContainerCompleter.class)
    List<String> refs;

    @Override
    public Object execute() {
        System.out.println(JsonPrinter.print(refs.stream().map(containers::inspect).toList()));
        return null;
    }
}
