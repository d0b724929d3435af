package io.gantry.api.network;

import io.gantry.api.InvalidArgumentException;
import java.math.BigInteger;

/** An IPv4 or IPv6 network in CIDR form; its base address has no host bits set. */
public record IpSubnet(IpAddress base, int prefixLength) {
    public IpSubnet {
        if (prefixLength < 0 || prefixLength > bits(base.ipv6())) {
            throw new IllegalArgumentException("prefix length " + prefixLength + " out of range");
        }
    }

    /** @throws InvalidArgumentException naming {@code what} if {@code cidr} is not address/n with the host bits clear */
    public static IpSubnet parse(String cidr, String what) {
        int slash = cidr == null ? -1 : cidr.indexOf('/');
        if (slash < 0) {
            throw new InvalidArgumentException("invalid " + what + " " + cidr
                    + ": expected a CIDR such as 10.90.0.0/24 or fd67:616e:7472:1::/64");
        }
        IpAddress address = IpAddress.parse(cidr.substring(0, slash), what);
        String length = cidr.substring(slash + 1);
        if (length.isEmpty() || length.length() > 3 || !length.chars().allMatch(Character::isDigit)) {
            throw new InvalidArgumentException("invalid " + what + " " + cidr + ": prefix length is not a number");
        }
        int prefix = Integer.parseInt(length);
        int bits = bits(address.ipv6());
        if (prefix > bits) {
            throw new InvalidArgumentException("invalid " + what + " " + cidr + ": prefix length must be 0 to " + bits);
        }
        IpSubnet subnet = containing(address, prefix);
        if (!subnet.base.equals(address)) {
            throw new InvalidArgumentException("invalid " + what + " " + cidr + ": host bits are set, did you mean "
                    + subnet + "?");
        }
        return subnet;
    }

    /** The network of {@code prefixLength} bits that holds {@code address}, e.g. 10.88.0.0/16 for 10.88.0.5. */
    public static IpSubnet containing(IpAddress address, int prefixLength) {
        int bits = bits(address.ipv6());
        if (prefixLength < 0 || prefixLength > bits) {
            throw new InvalidArgumentException("invalid prefix length " + prefixLength + " for " + address);
        }
        return new IpSubnet(new IpAddress(address.value().and(mask(prefixLength, bits)), address.ipv6()), prefixLength);
    }

    public boolean ipv6() {
        return base.ipv6();
    }

    public boolean contains(IpAddress address) {
        return address.ipv6() == ipv6() && address.value().and(mask(prefixLength, bits(ipv6()))).equals(base.value());
    }

    /** Whether the two share an address; networks of different families never do. */
    public boolean overlaps(IpSubnet other) {
        if (other.ipv6() != ipv6()) {
            return false;
        }
        BigInteger shorter = mask(Math.min(prefixLength, other.prefixLength), bits(ipv6()));
        return base.value().and(shorter).equals(other.base.value().and(shorter));
    }

    /** Whether {@code other} lies wholly inside this network. */
    public boolean covers(IpSubnet other) {
        return other.prefixLength >= prefixLength && contains(other.base);
    }

    /** The number of addresses. */
    public BigInteger size() {
        return BigInteger.ONE.shiftLeft(bits(ipv6()) - prefixLength);
    }

    /** The n-th address, counting the base as 0. */
    public IpAddress address(long n) {
        return base.plus(BigInteger.valueOf(n));
    }

    /** The highest address (IPv4's broadcast address). */
    public IpAddress last() {
        return base.plus(size().subtract(BigInteger.ONE));
    }

    @Override
    public String toString() {
        return base + "/" + prefixLength;
    }

    private static int bits(boolean ipv6) {
        return ipv6 ? 128 : 32;
    }

    private static BigInteger mask(int prefix, int bits) {
        BigInteger all = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
        return all.xor(BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE));
    }
}
