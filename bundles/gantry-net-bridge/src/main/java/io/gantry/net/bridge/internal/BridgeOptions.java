package io.gantry.net.bridge.internal;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.network.IpAddress;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The driver options (Docker's {@code -o/--opt}) the bridge driver applies: the Linux bridge's name, the MTU of
 * the bridge and of every veth, masquerading of outbound traffic, traffic between the network's containers, the
 * host address of ports published without one, the prefix of the containers' interface names, and IPv6 (as
 * EnableIPv6). Any other option is refused, naming it; a value is checked as Docker parses it.
 */
record BridgeOptions(String bridgeName, int mtu, boolean masquerade, boolean interContainer, String hostBindingIpv4,
        String interfacePrefix, boolean enableIpv6) {
    static final String BRIDGE_NAME = "com.docker.network.bridge.name";
    static final String MTU = "com.docker.network.driver.mtu";
    static final String MASQUERADE = "com.docker.network.bridge.enable_ip_masquerade";
    static final String ICC = "com.docker.network.bridge.enable_icc";
    static final String HOST_BINDING = "com.docker.network.bridge.host_binding_ipv4";
    static final String IFACE_PREFIX = "com.docker.network.container_iface_prefix";
    static final String ENABLE_IPV6 = "com.docker.network.enable_ipv6";
    private static final List<String> KNOWN = List.of(BRIDGE_NAME, MTU, MASQUERADE, ICC, HOST_BINDING, IFACE_PREFIX,
            ENABLE_IPV6);
    /** What the kernel takes as an interface name, at most 15 characters. */
    private static final Pattern INTERFACE_NAME = Pattern.compile("[a-zA-Z0-9_.\\-]{1,15}");

    /** @throws InvalidArgumentException naming the option if one is unknown or its value cannot be applied */
    static BridgeOptions parse(Map<String, String> options) {
        TreeSet<String> unknown = new TreeSet<>(options.keySet());
        KNOWN.forEach(unknown::remove);
        if (!unknown.isEmpty()) {
            throw new InvalidArgumentException("unknown network option" + (unknown.size() > 1 ? "s " : " ")
                    + String.join(", ", unknown) + ": the bridge driver takes " + String.join(", ", KNOWN));
        }
        String bridge = options.get(BRIDGE_NAME);
        if (bridge != null && (!INTERFACE_NAME.matcher(bridge).matches() || bridge.equals(".") || bridge.equals(".."))) {
            throw invalid(BRIDGE_NAME, bridge, "not a Linux interface name of 1 to 15 letters, digits, '_', '.', '-'");
        }
        String prefix = options.getOrDefault(IFACE_PREFIX, "eth");
        if (!INTERFACE_NAME.matcher(prefix).matches() || prefix.length() > 12) {
            throw invalid(IFACE_PREFIX, prefix, "not the start of an interface name, 1 to 12 letters, digits,"
                    + " '_', '.', '-'");
        }
        String binding = options.get(HOST_BINDING);
        if (binding != null && !IpAddress.isIpv4(binding)) {
            throw invalid(HOST_BINDING, binding, "not an IPv4 address");
        }
        return new BridgeOptions(bridge, mtu(options.get(MTU)), bool(options, MASQUERADE, true),
                bool(options, ICC, true), binding, prefix, bool(options, ENABLE_IPV6, false));
    }

    /** 0 (the kernel's default) when not given; Docker's 68 to 65535 otherwise. */
    private static int mtu(String value) {
        if (value == null) {
            return 0;
        }
        int mtu;
        try {
            mtu = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw invalid(MTU, value, "strconv.Atoi: parsing \"" + value + "\": invalid syntax");
        }
        if (mtu != 0 && (mtu < 68 || mtu > 65535)) {
            throw new InvalidArgumentException("invalid MTU number: " + mtu + " (" + MTU + " must be 68 to 65535)");
        }
        return mtu;
    }

    /** A boolean as Go's strconv.ParseBool reads it. */
    private static boolean bool(Map<String, String> options, String key, boolean fallback) {
        String value = options.get(key);
        if (value == null) {
            return fallback;
        }
        return switch (value) {
            case "1", "t", "T", "true", "TRUE", "True" -> true;
            case "0", "f", "F", "false", "FALSE", "False" -> false;
            default -> throw invalid(key, value, "strconv.ParseBool: parsing \"" + value + "\": invalid syntax");
        };
    }

    /** Docker's wording for an option value it cannot parse. */
    private static InvalidArgumentException invalid(String key, String value, String why) {
        return new InvalidArgumentException("failed to parse " + key + " value: " + value + " (" + why + ")");
    }
}
