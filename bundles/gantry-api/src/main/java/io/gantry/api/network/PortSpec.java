package io.gantry.api.network;

import io.gantry.api.InvalidArgumentException;
import java.util.Locale;

/**
 * Port specifications as users write them, parsed the one way every edge shares: an exposed port
 * {@code port[/protocol]} ("80", "53/udp") and a published one {@code [hostIp:][hostPort:]containerPort[/protocol]}
 * ("127.0.0.1:8080:80", "[::1]::80/tcp"). Protocols are tcp or udp, in any case; container ports are 1 to 65535;
 * host port 0 or none asks for a free one.
 */
public final class PortSpec {
    private static final String PUBLISHED_FORM = "expected [ip:][hostPort:]containerPort[/tcp|udp]";

    private PortSpec() {
    }

    /** An exposed port as a binding to a free port of every host address. */
    public static PortBinding exposed(String spec) {
        String text = spec == null ? "" : spec.trim();
        int slash = text.indexOf('/');
        String protocol = protocol(spec, slash < 0 ? null : text.substring(slash + 1));
        return new PortBinding("", 0, containerPort(spec, slash < 0 ? text : text.substring(0, slash)), protocol);
    }

    /** An exposed port written the way Docker keys it: "80/tcp". */
    public static String normal(String spec) {
        PortBinding port = exposed(spec);
        return port.containerPort() + "/" + port.protocol();
    }

    /** A {@code -p} value. */
    public static PortBinding published(String spec) {
        String text = spec == null ? "" : spec.trim();
        String hostIp = "";
        if (text.startsWith("[")) {
            int close = text.indexOf("]:");
            if (close < 0) {
                throw invalid(spec, PUBLISHED_FORM);
            }
            hostIp = text.substring(1, close);
            text = text.substring(close + 2);
            if (text.split(":", -1).length != 2) {
                throw invalid(spec, PUBLISHED_FORM);
            }
            text = ":" + text;
        }
        int slash = text.lastIndexOf('/');
        String protocol = protocol(spec, slash < 0 ? null : text.substring(slash + 1));
        String[] parts = (slash < 0 ? text : text.substring(0, slash)).split(":", -1);
        if (parts.length > 3) {
            throw invalid(spec, PUBLISHED_FORM);
        }
        if (parts.length == 3 && hostIp.isEmpty()) {
            hostIp = parts[0];
        }
        String hostPort = parts.length >= 2 ? parts[parts.length - 2] : "";
        return new PortBinding(hostIp, hostPort(spec, hostPort), containerPort(spec, parts[parts.length - 1]),
                protocol);
    }

    /** A host port on its own, as the API's HostPort: empty or 0 for a free one. */
    public static int hostPort(String text) {
        return hostPort(text, text == null ? "" : text.trim());
    }

    private static int hostPort(String spec, String text) {
        if (text.isEmpty()) {
            return 0;
        }
        Integer port = number(text);
        if (port == null || port < 0 || port > 65535) {
            throw invalid(spec, "the host port must be a number from 0 to 65535");
        }
        return port;
    }

    private static int containerPort(String spec, String text) {
        Integer port = number(text);
        if (port == null || port < 1 || port > 65535) {
            throw invalid(spec, "the container port must be a number from 1 to 65535");
        }
        return port;
    }

    private static String protocol(String spec, String given) {
        if (given == null) {
            return "tcp";
        }
        String protocol = given.toLowerCase(Locale.ROOT);
        if (!protocol.equals("tcp") && !protocol.equals("udp")) {
            throw invalid(spec, "the protocol must be tcp or udp");
        }
        return protocol;
    }

    private static Integer number(String text) {
        if (text.isEmpty() || text.length() > 5 || !text.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Integer.valueOf(text);
    }

    private static InvalidArgumentException invalid(String spec, String why) {
        return new InvalidArgumentException("invalid port '" + spec + "': " + why);
    }
}
