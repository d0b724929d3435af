package io.gantry.shell.internal.network;

import io.gantry.api.network.NetworkService;
import io.gantry.shell.internal.completers.ContainerCompleter;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "network", name = "disconnect", description = "Disconnects a container from a network")
public class DisconnectCommand implements Action {
    @Reference
    NetworkService networks;

    @Option(name = "-f", aliases = "--force", description = "Also when the network no longer exists")
    boolean force;

    @Argument(index = 0, name = "network", required = true, description = "Network name or id")
    String network;
    @Argument(index = 1, name = "container", required = true, description = "Container name or id")
    @Completion(ContainerCompleter.class)
    String container;

    @Override
    public Object execute() {
        networks.disconnect(network, container, force);
        return null;
    }
}
