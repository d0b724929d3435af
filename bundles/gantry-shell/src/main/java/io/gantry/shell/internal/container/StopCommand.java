package io.gantry.shell.internal.container;

import io.gantry.api.container.ContainerLifecycle;
import io.gantry.shell.internal.EachRef;
import io.gantry.shell.internal.completers.RunningContainerCompleter;
import java.time.Duration;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "container", name = "stop", description = "Sends the stop signal, then SIGKILL after a timeout")
public class StopCommand implements Action {
    @Reference
    ContainerLifecycle containers;

    @Option(name = "-t", aliases = "--time", description = "Seconds to wait before SIGKILL (default: the container's)")
    Integer seconds;

    @Argument(index = 0, name = "container", required = true, multiValued = true, description = "Container names or ids")
    @Completion(RunningContainerCompleter.class)
    List<String> refs;

    @Override
    public Object execute() {
        Duration timeout = seconds == null ? null : Duration.ofSeconds(seconds);
        EachRef.apply(refs, ref -> containers.stop(ref, timeout), System.out);
        return null;
    }
}
