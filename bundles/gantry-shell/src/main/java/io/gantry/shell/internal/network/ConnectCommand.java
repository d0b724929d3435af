package io.gantry.shell.internal.network;

import io.gantry.api.network.EndpointConfig;
import io.gantry.api.network.NetworkService;
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
@Command(scope = "network", name = "connect", description = "Connects a container to a network")
public class ConnectCommand implements Action {
    @Reference
    NetworkService networks;

    @Option(name = "--alias", multiValued = true, description = "Another name of the container on this network")
    List<String> aliases = List.of();
    @Option(name = "--ip", description = "IPv4 address of the container on this network")
    String ip;
    @Option(name = "--ip6", description = "IPv6 address of the container on this network (one with IPv6)")
    String ip6;

    @Argument(index = 0, name = "network", required = true, description = "Network name or id")
    String network;
    @Argument(index = 1, name = "container", required = true, description = "Container name or id")
    @Completion(ContainerCompleter.class)
    String container;

    @Override
    public Object execute() {
        networks.connect(network, container, new EndpointConfig(aliases, ip, ip6));
        return null;
    }
}
