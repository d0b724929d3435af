package io.gantry.shell.internal.network;

import io.gantry.api.network.IpamPool;
import io.gantry.api.network.NetworkService;
import io.gantry.api.network.NetworkSpec;
import io.gantry.shell.internal.args.KeyValues;
import io.gantry.shell.internal.args.Labels;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** network:create, with docker network create's options: each ip range, gateway and aux address joins its subnet. */
@Service
@Command(scope = "network", name = "create", description = "Creates a network; prints its id")
public class CreateCommand implements Action {
    @Reference
    NetworkService networks;

    @Option(name = "-d", aliases = "--driver", description = "Network driver")
    String driver = "bridge";
    @Option(name = "--subnet", multiValued = true,
            description = "Subnet in CIDR form, IPv4 (10.90.0.0/24) or IPv6 (fd67:616e:7472:1::/64); repeatable")
    List<String> subnets = List.of();
    @Option(name = "--gateway", multiValued = true, description = "Gateway of the subnet that holds it")
    List<String> gateways = List.of();
    @Option(name = "--ip-range", multiValued = true, description = "Sub-range of a subnet containers get addresses"
            + " from, in CIDR form")
    List<String> ipRanges = List.of();
    @Option(name = "--aux-address", multiValued = true, description = "Address never handed out, name=address")
    List<String> auxAddresses = List.of();
    @Option(name = "--ipv6", description = "Give the network IPv6 too (on the IPv6 --subnet, or a free one)")
    boolean ipv6;
    @Option(name = "--internal", description = "No route out of the host")
    boolean internal;
    @Option(name = "--attachable", description = "Let containers attach to it (recorded, as Docker's)")
    boolean attachable;
    @Option(name = "-o", aliases = "--opt", multiValued = true,
            description = "Driver option key=value, e.g. com.docker.network.driver.mtu=1400")
    List<String> options = List.of();
    @Option(name = "-l", aliases = "--label", multiValued = true, description = "Label key=value")
    List<String> labels = List.of();

    @Argument(index = 0, name = "name", required = true, description = "Network name")
    String name;

    @Override
    public Object execute() {
        List<IpamPool> pools = IpamPool.fromFlags(subnets, ipRanges, gateways,
                KeyValues.parse("aux-address", auxAddresses));
        NetworkSpec spec = new NetworkSpec(name, pools, ipv6, internal, attachable, Labels.parse(labels),
                KeyValues.parse("option", options));
        System.out.println(networks.createNetwork(driver, spec).id());
        return null;
    }
}
