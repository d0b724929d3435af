package io.gantry.shell.internal.network;

import io.gantry.api.network.NetworkService;
import io.gantry.api.network.NetworkSpec;
import io.gantry.shell.internal.args.Labels;
import java.util.List;
import java.util.Map;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "network", name = "create", description = "Creates a network; prints its id")
public class CreateCommand implements Action {
    @Reference
    NetworkService networks;

    @Option(name = "-d", aliases = "--driver", description = "Network driver")
    String driver = "bridge";
    @Option(name = "--subnet", description = "IPv4 subnet in CIDR form, e.g. 10.90.0.0/24")
    String subnet;
    @Option(name = "--gateway", description = "IPv4 gateway of the subnet")
    String gateway;
    @Option(name = "--internal", description = "No route out of the host")
    boolean internal;
    @Option(name = "-l", aliases = "--label", multiValued = true, description = "Label key=value")
    List<String> labels = List.of();

    @Argument(index = 0, name = "name", required = true, description = "Network name")
    String name;

    @Override
    public Object execute() {
        NetworkSpec spec = new NetworkSpec(name, subnet, gateway, internal, Labels.parse(labels), Map.of());
        System.out.println(networks.createNetwork(driver, spec).id());
        return null;
    }
}
