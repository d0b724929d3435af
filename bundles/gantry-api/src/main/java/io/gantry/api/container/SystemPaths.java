package io.gantry.api.container;

import java.util.List;

/** Docker's default masked and read-only paths of /proc and /sys, which --security-opt systempaths=unconfined lifts. */
public final class SystemPaths {
    public static final List<String> MASKED = List.of("/proc/asound", "/proc/acpi", "/proc/kcore", "/proc/keys",
            "/proc/latency_stats", "/proc/timer_list", "/proc/timer_stats", "/proc/sched_debug", "/proc/scsi",
            "/sys/firmware", "/sys/devices/virtual/powercap");
    public static final List<String> READONLY = List.of("/proc/bus", "/proc/fs", "/proc/irq", "/proc/sys",
            "/proc/sysrq-trigger");

    private SystemPaths() {
    }

    /** The masked paths of {@code config}: its own, else none when privileged, else the defaults. */
    public static List<String> masked(ContainerConfig config) {
        return effective(config.maskedPaths(), config, MASKED);
    }

    /** The read-only paths of {@code config}: its own, else none when privileged, else the defaults. */
    public static List<String> readonly(ContainerConfig config) {
        return effective(config.readonlyPaths(), config, READONLY);
    }

    private static List<String> effective(List<String> own, ContainerConfig config, List<String> defaults) {
        if (config.security().privileged()) {
            return List.of();
        }
        return own != null ? own : defaults;
    }
}
