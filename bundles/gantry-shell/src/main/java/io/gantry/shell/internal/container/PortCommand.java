package io.gantry.shell.internal.container;

import io.gantry.api.container.ContainerLifecycle;
import io.gantry.api.network.NetworkAttachment;
import io.gantry.api.network.PortBinding;
import io.gantry.shell.internal.completers.ContainerCompleter;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "container", name = "port", description = "Lists a container's published ports")
public class PortCommand implements Action {
    @Reference
    ContainerLifecycle containers;

    @Argument(index = 0, name = "container", required = true, description = "Container name or id")
    @Completion(ContainerCompleter.class)
    String ref;

    @Override
    public Object execute() {
        for (NetworkAttachment network : containers.inspect(ref).networks()) {
            for (PortBinding port : network.ports()) {
                String hostIp = port.hostIp().isEmpty() ? "0.0.0.0" : port.hostIp();
                System.out.println(port.containerPort() + "/" + port.protocol() + " -> " + hostIp + ":"
                        + port.hostPort());
            }
        }
        return null;
    }
}
