package io.gantry.net.cni.internal;

import io.gantry.api.ConflictException;
import io.gantry.api.InvalidArgumentException;
import java.util.List;

/**
 * Checks an address a container asks for against what the driver knows before any plugin runs, so that the
 * typed errors of the SPI come out: outside the network's host-local subnet, or its gateway, is invalid; held by
 * another container on the network is a conflict. host-local would refuse all three with one untyped error.
 */
final class RequestedAddress {
    private RequestedAddress() {
    }

    /** @param address a dotted IPv4 address, already checked for its form */
    static void check(String address, NetworkConfigList list, List<CachedAttachment> attached) {
        HostLocalRange.of(list).ifPresent(range -> {
            if (!inSubnet(address, range.subnet())) {
                throw new InvalidArgumentException("requested address " + address + " is outside the subnet "
                        + range.subnet() + " of network " + list.name());
            }
            if (address.equals(range.gateway())) {
                throw new InvalidArgumentException("requested address " + address + " is the gateway of network "
                        + list.name());
            }
        });
        attached.stream().filter(a -> a.network().equals(list.name()) && address.equals(a.ipv4())).findFirst()
                .ifPresent(holder -> {
                    throw new ConflictException("address " + address + " on network " + list.name()
                            + " is already used by container " + holder.containerId());
                });
    }

    private static boolean inSubnet(String address, String cidr) {
        String[] parts = cidr.split("/");
        if (parts.length != 2) {
            return true;
        }
        int prefix = Integer.parseInt(parts[1]);
        long mask = prefix == 0 ? 0 : 0xffffffffL << (32 - prefix) & 0xffffffffL;
        return (toLong(address) & mask) == (toLong(parts[0]) & mask);
    }

    private static long toLong(String address) {
        long value = 0;
        for (String octet : address.split("\\.")) {
            value = value << 8 | Integer.parseInt(octet);
        }
        return value;
    }
}
