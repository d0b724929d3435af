package io.gantry.core.internal.spec;

import io.gantry.api.oci.LinuxResources.DeviceRule;
import java.util.List;

/** Docker's default capability set and device cgroup rules. */
final class SecurityDefaults {
    static final List<String> CAPABILITIES = List.of("CAP_CHOWN", "CAP_DAC_OVERRIDE", "CAP_FSETID",
            "CAP_FOWNER", "CAP_MKNOD", "CAP_NET_RAW", "CAP_SETGID", "CAP_SETUID", "CAP_SETFCAP", "CAP_SETPCAP",
            "CAP_NET_BIND_SERVICE", "CAP_SYS_CHROOT", "CAP_KILL", "CAP_AUDIT_WRITE");

    /** Deny every device, then allow the standard character devices and mknod of any device. */
    static final List<DeviceRule> DEVICE_RULES = List.of(
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

    private SecurityDefaults() {
    }

    private static DeviceRule charDevice(long major, Long minor) {
        return new DeviceRule(true, "c", major, minor, "rwm");
    }
}
