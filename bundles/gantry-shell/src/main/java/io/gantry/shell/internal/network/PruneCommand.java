package io.gantry.shell.internal.network;

import io.gantry.api.network.NetworkService;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "network", name = "prune", description = "Removes every user network no container is connected to")
public class PruneCommand implements Action {
    @Reference
    NetworkService networks;

    @Override
    public Object execute() {
        List<String> removed = networks.pruneNetworks();
        if (!removed.isEmpty()) {
            System.out.println("Deleted Networks:");
            removed.forEach(System.out::println);
        }
        return null;
    }
}
