package io.gantry.cgroup.devices.internal;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.oci.LinuxResources.DeviceRule;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Docker's --device-cgroup-rule: "type major:minor access" ("c 1:3 rwm", "b *:* m"), or "a" for every device. */
final class DeviceCgroupRule {
    private static final Pattern RULE = Pattern.compile("([acb]) ([0-9]+|\\*):([0-9]+|\\*) ([rwm]{1,3})");

    private DeviceCgroupRule() {
    }

    /** Allow rules for each of {@code rules}; the first invalid one is refused with Docker's message. */
    static List<DeviceRule> parseAll(List<String> rules) {
        return rules.stream().map(DeviceCgroupRule::parse).toList();
    }

    static DeviceRule parse(String rule) {
        if ("a".equals(rule)) {
            return new DeviceRule(true, "a", null, null, "rwm");
        }
        Matcher m = rule == null ? null : RULE.matcher(rule);
        if (m == null || !m.matches()) {
            throw new InvalidArgumentException("invalid device cgroup format '" + rule + "'");
        }
        return new DeviceRule(true, m.group(1), number(m.group(2), rule), number(m.group(3), rule), m.group(4));
    }

    /** The kernel's devices.allow / devices.deny line of {@code rule}. */
    static String line(DeviceRule rule) {
        String type = rule.type() == null ? "a" : rule.type();
        if (type.equals("a")) {
            return "a";
        }
        return type + " " + part(rule.major()) + ":" + part(rule.minor()) + " " + rule.access();
    }

    private static Long number(String part, String rule) {
        if (part.equals("*")) {
            return null;
        }
        try {
            return Long.parseLong(part);
        } catch (NumberFormatException e) {
            throw new InvalidArgumentException("invalid device cgroup format '" + rule + "'");
        }
    }

    private static String part(Long number) {
        return number == null ? "*" : number.toString();
    }
}
