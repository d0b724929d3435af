package io.gantry.daemon.internal.host;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Facts about the host read from /proc and /etc, for /info, /version and stats. */
public final class HostFacts {
    private HostFacts() {
    }

    public static long memTotalBytes() {
        for (String line : lines("/proc/meminfo")) {
            if (line.startsWith("MemTotal:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        return 0;
    }

    public static int cpus() {
        return Runtime.getRuntime().availableProcessors();
    }

    public static String kernelVersion() {
        List<String> release = lines("/proc/sys/kernel/osrelease");
        return release.isEmpty() ? System.getProperty("os.version") : release.get(0).trim();
    }

    public static String operatingSystem() {
        for (String line : lines("/etc/os-release")) {
            if (line.startsWith("PRETTY_NAME=")) {
                return line.substring("PRETTY_NAME=".length()).replace("\"", "");
            }
        }
        return "Linux";
    }

    public static String hostname() {
        List<String> name = lines("/proc/sys/kernel/hostname");
        if (!name.isEmpty()) {
            return name.get(0).trim();
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }

    /** Host CPU time in nanoseconds, as dockerd computes system_cpu_usage from the "cpu" line of /proc/stat. */
    public static long systemCpuNanos() {
        for (String line : lines("/proc/stat")) {
            if (line.startsWith("cpu ")) {
                long ticks = 0;
                String[] fields = line.trim().split("\\s+");
                for (int i = 1; i < Math.min(fields.length, 8); i++) {
                    ticks += Long.parseLong(fields[i]);
                }
                return ticks * 1_000_000_000L / 100;
            }
        }
        return 0;
    }

    private static List<String> lines(String file) {
        try {
            return Files.readAllLines(Path.of(file));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
