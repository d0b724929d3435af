package io.gantry.api.network;

import io.gantry.api.InvalidArgumentException;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * An IPv4 or IPv6 address as an unsigned number, parsed from its text without ever asking a name server. IPv4 is
 * the dotted quad, without leading zeros (as Go reads it); IPv6 the colon form, "::" and a trailing dotted quad included, without a zone. {@link #toString}
 * writes IPv6 as RFC 5952 (and Docker) do: lower case, no leading zeros, the longest run of zero groups as "::".
 */
public record IpAddress(BigInteger value, boolean ipv6) implements Comparable<IpAddress> {
    private static final Pattern DOTTED = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern GROUP = Pattern.compile("[0-9a-fA-F]{1,4}");

    public IpAddress {
        if (value.signum() < 0 || value.bitLength() > (ipv6 ? 128 : 32)) {
            throw new IllegalArgumentException("not an IPv" + (ipv6 ? 6 : 4) + " address value: " + value);
        }
    }

    /** @throws InvalidArgumentException "invalid {what} {text}: ..." if {@code text} is no IP address */
    public static IpAddress parse(String text, String what) {
        IpAddress address = text == null ? null : text.indexOf(':') >= 0 ? ipv6(text) : ipv4(text);
        if (address == null) {
            throw new InvalidArgumentException("invalid " + what + " " + text + ": not an IP address");
        }
        return address;
    }

    /** Like {@link #parse}, but the address must be of the given family. */
    public static IpAddress parse(String text, String what, boolean ipv6) {
        IpAddress address = parse(text, what);
        if (address.ipv6 != ipv6) {
            throw new InvalidArgumentException("invalid " + what + " " + text + ": not an IPv" + (ipv6 ? 6 : 4)
                    + " address");
        }
        return address;
    }

    public static boolean isIpv4(String text) {
        return text != null && text.indexOf(':') < 0 && ipv4(text) != null;
    }

    public static boolean isIpv6(String text) {
        return text != null && text.indexOf(':') >= 0 && ipv6(text) != null;
    }

    public static boolean isIp(String text) {
        return isIpv4(text) || isIpv6(text);
    }

    /** The address {@code n} further on, of the same family. */
    public IpAddress plus(BigInteger n) {
        return new IpAddress(value.add(n), ipv6);
    }

    /** The four octets of an IPv4 address. */
    public int[] octets() {
        int v = value.intValue();
        return new int[] {v >>> 24, v >>> 16 & 0xff, v >>> 8 & 0xff, v & 0xff};
    }

    @Override
    public int compareTo(IpAddress other) {
        return ipv6 != other.ipv6 ? Boolean.compare(ipv6, other.ipv6) : value.compareTo(other.value);
    }

    @Override
    public String toString() {
        if (!ipv6) {
            int[] o = octets();
            return o[0] + "." + o[1] + "." + o[2] + "." + o[3];
        }
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = value.shiftRight(16 * (7 - i)).intValue() & 0xffff;
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; i++) {
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = Math.max(i, j);
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString();
    }

    private static IpAddress ipv4(String text) {
        var matcher = DOTTED.matcher(text);
        if (!matcher.matches()) {
            return null;
        }
        long value = 0;
        for (int i = 1; i <= 4; i++) {
            int octet = Integer.parseInt(matcher.group(i));
            if (octet > 255 || matcher.group(i).length() > 1 && matcher.group(i).charAt(0) == '0') {
                return null;
            }
            value = value << 8 | octet;
        }
        return new IpAddress(BigInteger.valueOf(value), false);
    }

    private static IpAddress ipv6(String text) {
        int gap = text.indexOf("::");
        if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
            return null;
        }
        String head = gap < 0 ? text : text.substring(0, gap);
        String tail = gap < 0 ? "" : text.substring(gap + 2);
        BigInteger[] left = groups(head, gap < 0);
        BigInteger[] right = groups(tail, true);
        if (left == null || right == null) {
            return null;
        }
        int count = left.length + right.length;
        if (gap < 0 ? count != 8 : count > 7) {
            return null;
        }
        BigInteger value = BigInteger.ZERO;
        for (BigInteger group : left) {
            value = value.shiftLeft(16).or(group);
        }
        value = value.shiftLeft(16 * (8 - count));
        for (BigInteger group : right) {
            value = value.shiftLeft(16).or(group);
        }
        return new IpAddress(value.and(BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE)), true);
    }

    /** The 16-bit groups of one side of "::"; a dotted quad may end the last side and counts as two groups. */
    private static BigInteger[] groups(String side, boolean mayEndInIpv4) {
        if (side.isEmpty()) {
            return new BigInteger[0];
        }
        String[] parts = side.split(":", -1);
        int extra = 0;
        IpAddress embedded = null;
        String last = parts[parts.length - 1];
        if (mayEndInIpv4 && last.indexOf('.') >= 0) {
            embedded = ipv4(last);
            if (embedded == null) {
                return null;
            }
            extra = 1;
        }
        BigInteger[] groups = new BigInteger[parts.length + extra];
        for (int i = 0; i < parts.length - (embedded == null ? 0 : 1); i++) {
            if (!GROUP.matcher(parts[i]).matches()) {
                return null;
            }
            groups[i] = BigInteger.valueOf(Integer.parseInt(parts[i], 16));
        }
        if (embedded != null) {
            long v4 = embedded.value.longValue();
            groups[parts.length - 1] = BigInteger.valueOf(v4 >>> 16);
            groups[parts.length] = BigInteger.valueOf(v4 & 0xffff);
        }
        return groups;
    }
}
