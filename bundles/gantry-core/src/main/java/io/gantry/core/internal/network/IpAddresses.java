package io.gantry.core.internal.network;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/** Recognises IP address literals without ever asking a name server. */
public final class IpAddresses {
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)"
            + "(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9a-fA-F:.]+");

    private IpAddresses() {
    }

    public static boolean isIpv4(String text) {
        return text != null && IPV4.matcher(text).matches();
    }

    public static boolean isIp(String text) {
        return isIpv4(text) || isIpv6(text);
    }

    /** A text with a ':' is taken as a literal by InetAddress, which then does no lookup. */
    private static boolean isIpv6(String text) {
        if (text == null || text.indexOf(':') < 0 || !IPV6_CHARACTERS.matcher(text).matches()) {
            return false;
        }
        try {
            InetAddress.getByName(text);
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
