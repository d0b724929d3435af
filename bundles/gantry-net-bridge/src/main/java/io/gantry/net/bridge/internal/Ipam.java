package io.gantry.net.bridge.internal;

import io.gantry.api.ConflictException;
import io.gantry.api.FailedPreconditionException;
import io.gantry.api.InvalidArgumentException;
import java.util.Set;

/** Hands out the addresses of a subnet: never its base, broadcast or gateway, nor one already leased. */
final class Ipam {
    private Ipam() {
    }

    /**
     * @param leased addresses in use on the network
     * @param requested the address the container asks for, or null for the lowest free one
     */
    static int allocate(NetworkRecord network, Set<Integer> leased, String requested) {
        Subnet subnet = network.cidr();
        int gateway = Ipv4.parse(network.gateway(), "gateway");
        if (requested != null && !requested.isEmpty()) {
            int address = Ipv4.parse(requested, "IPv4 address");
            if (!usable(subnet, address) || address == gateway) {
                throw new InvalidArgumentException("IPv4 address " + requested + " is not a usable host address of "
                        + "network " + network.name() + " (" + network.subnet() + ", gateway " + network.gateway() + ")");
            }
            if (leased.contains(address)) {
                throw new ConflictException("IPv4 address " + requested + " is already in use on network " + network.name());
            }
            return address;
        }
        for (long n = 1; n < subnet.size() - 1; n++) {
            int address = subnet.address(n);
            if (address != gateway && !leased.contains(address)) {
                return address;
            }
        }
        throw new FailedPreconditionException("no free address left in " + network.subnet() + " of network " + network.name());
    }

    /** A host address of the subnet: neither its base nor its broadcast address. */
    static boolean usable(Subnet subnet, int address) {
        return subnet.contains(address) && address != subnet.base() && address != subnet.broadcast();
    }
}
