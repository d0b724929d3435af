package io.gantry.cgroup.cpuset.internal;

import io.gantry.api.InvalidArgumentException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;

/**
 * The CPUs and memory nodes this host has online, read from sysfs (cpu/online, node/online under
 * /sys/devices/system); a host without node/online has node 0 only. Checks the user's --cpuset-cpus and
 * --cpuset-mems against them, with Docker's messages.
 */
final class HostCpuset {
    static final Path SYSFS = Path.of("/sys/devices/system");
    private final Path sysfs;

    HostCpuset(Path sysfs) {
        this.sysfs = sysfs;
    }

    /** The trimmed text of a valid, available CPU list; null when not set. */
    String checkCpus(String requested) {
        return check(requested, "cpus", "CPUs", online("cpu", "0-" + (Runtime.getRuntime().availableProcessors() - 1)));
    }

    /** The trimmed text of a valid, available memory node list; null when not set. */
    String checkMems(String requested) {
        return check(requested, "mems", "memory nodes", online("node", "0"));
    }

    private static String check(String requested, String field, String what, String available) {
        if (requested == null || requested.isBlank()) {
            return null;
        }
        BitSet ids = CpuList.parse(requested).orElseThrow(() -> new InvalidArgumentException(
                "invalid value \"" + requested + "\" for cpuset " + field));
        BitSet outside = (BitSet) ids.clone();
        outside.andNot(CpuList.parse(available).orElseGet(BitSet::new));
        if (!outside.isEmpty()) {
            throw new InvalidArgumentException("Requested " + what + " are not available - requested " + requested
                    + ", available: " + available);
        }
        return requested.trim();
    }

    private String online(String kind, String fallback) {
        try {
            return Files.readString(sysfs.resolve(kind).resolve("online")).trim();
        } catch (IOException e) {
            return fallback;
        }
    }
}
