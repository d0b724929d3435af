package io.gantry.cgroup.devices.internal;

import io.gantry.api.oci.LinuxResources.DeviceRule;
import java.util.List;

/** Docker's default device allow-list: deny every device, then allow the standard character devices and mknod. */
final class DefaultDeviceRules {
    static final List<DeviceRule> RULES = List.of(
            new DeviceRule(false, null, null, null, "rwm"),
            charDevice(1, 3L), // null
            charDevice(1, 5L), // zero
            charDevice(1, 7L), // full
            charDevice(1, 8L), // random
            charDevice(1, 9L), // urandom
            charDevice(5, 0L), // tty
            charDevice(5, 1L), // console
            charDevice(5, 2L), // ptmx
            charDevice(136, null), // pts/*
            charDevice(10, 200L), // net/tun
            new DeviceRule(true, "c", null, null, "m"),
            new DeviceRule(true, "b", null, null, "m"));

    private DefaultDeviceRules() {
    }

    private static DeviceRule charDevice(long major, Long minor) {
        return new DeviceRule(true, "c", major, minor, "rwm");
    }
}
