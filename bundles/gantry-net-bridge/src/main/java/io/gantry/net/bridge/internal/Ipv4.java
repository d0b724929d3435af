package io.gantry.net.bridge.internal;

import io.gantry.api.InvalidArgumentException;
import java.util.regex.Pattern;

/** IPv4 addresses as unsigned 32-bit values held in an int. */
final class Ipv4 {
    private static final Pattern DOTTED = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

    private Ipv4() {
    }

    /** @throws InvalidArgumentException if {@code text} is no dotted-quad IPv4 address */
    static int parse(String text, String what) {
        var matcher = text == null ? null : DOTTED.matcher(text);
        if (matcher == null || !matcher.matches()) {
            throw new InvalidArgumentException("invalid " + what + " " + text + ": not an IPv4 address");
        }
        int address = 0;
        for (int i = 1; i <= 4; i++) {
            int octet = Integer.parseInt(matcher.group(i));
            if (octet > 255) {
                throw new InvalidArgumentException("invalid " + what + " " + text + ": octet " + octet + " > 255");
            }
            address = address << 8 | octet;
        }
        return address;
    }

    static String format(int address) {
        return (address >>> 24) + "." + (address >>> 16 & 0xff) + "." + (address >>> 8 & 0xff) + "." + (address & 0xff);
    }

    /** A locally administered MAC derived from the address, as Docker does: 02:42 then the four octets. */
    static String macFor(int address) {
        return String.format("02:42:%02x:%02x:%02x:%02x", address >>> 24, address >>> 16 & 0xff,
                address >>> 8 & 0xff, address & 0xff);
    }
}
