package io.gantry.shell.internal.network;

import io.gantry.api.network.NetworkService;
import io.gantry.shell.internal.format.JsonPrinter;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "network", name = "inspect", description = "Shows networks as JSON")
public class InspectCommand implements Action {
    @Reference
    NetworkService networks;

    @Argument(index = 0, name = "network", required = true, multiValued = true, description = "Network names or ids")
    List<String> refs;

    @Override
    public Object execute() {
        System.out.println(JsonPrinter.print(refs.stream().map(networks::inspectNetwork).toList()));
        return null;
    }
}
