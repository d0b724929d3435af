package io.gantry.shell.internal.container;

import io.gantry.api.container.ContainerLifecycle;
import io.gantry.api.container.WaitCondition;
import io.gantry.shell.internal.Futures;
import io.gantry.shell.internal.completers.ContainerCompleter;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "container", name = "wait", description = "Waits until a container stops, then prints its exit code")
public class WaitCommand implements Action {
    @Reference
    ContainerLifecycle containers;

    @Argument(index = 0, name = "container", required = true, description = "Container name or id")
    @Completion(ContainerCompleter.class)
    String ref;

    @Override
    public Object execute() throws InterruptedException {
        System.out.println(Futures.await(containers.waitFor(ref, WaitCondition.NOT_RUNNING)).exitCode());
        return null;
    }
}
