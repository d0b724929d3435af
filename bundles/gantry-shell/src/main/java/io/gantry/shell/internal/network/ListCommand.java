package io.gantry.shell.internal.network;

import io.gantry.api.network.NetworkInfo;
import io.gantry.api.network.NetworkService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Service
@Command(scope = "network", name = "ls", description = "Lists networks")
public class ListCommand implements Action {
    @Reference
    NetworkService networks;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("NETWORK ID");
        table.column("NAME");
        table.column("DRIVER");
        table.column("SUBNET");
        for (NetworkInfo network : networks.listNetworks()) {
            table.addRow().addContent(network.id().substring(0, 12), network.name(), network.driver(),
                    network.subnet() == null ? "" : network.subnet());
        }
        table.print(System.out);
        return null;
    }
}
