package io.gantry.net.bridge.internal;

import io.gantry.api.ConflictException;
import io.gantry.api.FailedPreconditionException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.network.IpAddress;
import io.gantry.api.network.IpSubnet;
import java.math.BigInteger;
import java.util.Set;

/**
 * Hands out the addresses of a pool, IPv4 or IPv6: never the subnet's base (nor IPv4's broadcast address), the
 * gateway, an auxiliary address or one already leased. Free addresses come from the pool's range, lowest first;
 * an address asked for may be anywhere in the subnet, as Docker allows.
 */
final class Ipam {
    private Ipam() {
    }

    /** A family's pool of a network: its subnet, the range addresses are picked from, gateway and reserved ones. */
    record Pool(IpSubnet subnet, IpSubnet range, IpAddress gateway, Set<IpAddress> reserved) {
        String family() {
            return subnet.ipv6() ? "IPv6" : "IPv4";
        }
    }

    /**
     * @param leased addresses of this family in use on the network
     * @param requested the address the container asks for, or null for the lowest free one
     */
    static IpAddress allocate(String network, Pool pool, Set<IpAddress> leased, String requested) {
        if (requested != null && !requested.isEmpty()) {
            IpAddress address = IpAddress.parse(requested, pool.family() + " address", pool.subnet().ipv6());
            if (!usable(pool.subnet(), address) || address.equals(pool.gateway())) {
                throw new InvalidArgumentException(pool.family() + " address " + requested + " is not a usable host"
                        + " address of network " + network + " (" + pool.subnet() + ", gateway " + pool.gateway() + ")");
            }
            if (pool.reserved().contains(address)) {
                throw new ConflictException(pool.family() + " address " + requested + " is an auxiliary address of"
                        + " network " + network + " and is never handed out");
            }
            if (leased.contains(address)) {
                throw new ConflictException(pool.family() + " address " + requested + " is already in use on network "
                        + network);
            }
            return address;
        }
        BigInteger end = pool.range().size().subtract(BigInteger.ONE);
        for (BigInteger n = BigInteger.ZERO; n.compareTo(end) <= 0; n = n.add(BigInteger.ONE)) {
            IpAddress address = pool.range().base().plus(n);
            if (usable(pool.subnet(), address) && !address.equals(pool.gateway())
                    && !pool.reserved().contains(address) && !leased.contains(address)) {
                return address;
            }
        }
        throw new FailedPreconditionException("no free address left in " + pool.range() + " of network " + network);
    }

    /** A host address of the subnet: not its base address, nor an IPv4 subnet's broadcast address. */
    static boolean usable(IpSubnet subnet, IpAddress address) {
        return subnet.contains(address) && !address.equals(subnet.base())
                && (subnet.ipv6() || !address.equals(subnet.last()));
    }
}
