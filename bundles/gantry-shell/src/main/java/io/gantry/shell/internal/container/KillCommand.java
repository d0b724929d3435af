package io.gantry.shell.internal.container;

import io.gantry.api.container.ContainerLifecycle;
import io.gantry.shell.internal.EachRef;
import io.gantry.shell.internal.completers.RunningContainerCompleter;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "container", name = "kill", description = "Sends a signal to running containers")
public class KillCommand implements Action {
    @Reference
    ContainerLifecycle containers;

    @Option(name = "-s", aliases = "--signal", description = "Signal name or number, e.g. TERM, SIGHUP or 9")
    String signal = "KILL";

    @Argument(index = 0, name = "container", required = true, multiValued = true, description = "Container names or ids")
    @Completion(RunningContainerCompleter.class)
    List<String> refs;

    @Override
    public Object execute() {
        EachRef.apply(refs, ref -> containers.kill(ref, signal), System.out);
        return null;
    }
}
