package io.gantry.shell.internal.container;

import io.gantry.api.container.ContainerLifecycle;
import io.gantry.shell.internal.EachRef;
import io.gantry.shell.internal.completers.ContainerCompleter;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "container", name = "rm", description = "Removes stopped containers")
public class RemoveCommand implements Action {
    @Reference
    ContainerLifecycle containers;

    @Option(name = "-f", aliases = "--force", description = "Kill running containers first")
    boolean force;
    @Option(name = "-v", aliases = "--volumes", description = "Also remove the container's anonymous volumes")
    boolean volumes;

    @Argument(index = 0, name = "container", required = true, multiValued = true, description = "Container names or ids")
    @Completion(ContainerCompleter.class)
    List<String> refs;

    @Override
    public Object execute() {
        EachRef.apply(refs, ref -> containers.remove(ref, force, volumes), System.out);
        return null;
    }
}
