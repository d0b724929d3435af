package io.gantry.net.bridge.internal;

import io.gantry.api.InvalidArgumentException;

/** An IPv4 network in CIDR form; the base address has no host bits set. */
record Subnet(int base, int prefixLength) {

    /** @throws InvalidArgumentException if {@code cidr} is not a.b.c.d/n with the host bits clear */
    static Subnet parse(String cidr) {
        int slash = cidr == null ? -1 : cidr.indexOf('/');
        if (slash < 0) {
            throw new InvalidArgumentException("invalid subnet " + cidr + ": expected a CIDR such as 10.90.0.0/24");
        }
        int address = Ipv4.parse(cidr.substring(0, slash), "subnet");
        int prefix;
        try {
            prefix = Integer.parseInt(cidr.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw new InvalidArgumentException("invalid subnet " + cidr + ": prefix length is not a number");
        }
        if (prefix < 0 || prefix > 32) {
            throw new InvalidArgumentException("invalid subnet " + cidr + ": prefix length must be 0 to 32");
        }
        Subnet subnet = new Subnet(address & mask(prefix), prefix);
        if (subnet.base != address) {
            throw new InvalidArgumentException("invalid subnet " + cidr + ": host bits are set, did you mean " + subnet + "?");
        }
        return subnet;
    }

    private static int mask(int prefix) {
        return prefix == 0 ? 0 : -1 << (32 - prefix);
    }

    boolean contains(int address) {
        return (address & mask(prefixLength)) == base;
    }

    boolean overlaps(Subnet other) {
        int shorter = Math.min(prefixLength, other.prefixLength);
        return (base & mask(shorter)) == (other.base & mask(shorter));
    }

    int broadcast() {
        return base | ~mask(prefixLength);
    }

    /** The n-th address, counting the base as 0. */
    int address(long n) {
        return (int) (Integer.toUnsignedLong(base) + n);
    }

    long size() {
        return 1L << (32 - prefixLength);
    }

    @Override
    public String toString() {
        return Ipv4.format(base) + "/" + prefixLength;
    }
}
