package io.gantry.cgroup.cpu.internal;

import io.gantry.api.cgroup.CgroupFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * CPU figures under the same keys on both cgroup versions: usage_ns, user_ns, system_ns, quota (-1 when
 * unlimited), period, weight (v2 cpu.weight; on v1 derived from cpu.shares as runc converts), nr_periods,
 * nr_throttled and throttled_ns; on v1 with real-time group scheduling also rt_runtime and rt_period.
 */
final class CpuStats {
    private static final long NANOS_PER_MICRO = 1000;

    private CpuStats() {
    }

    static void readV1(Path cpuDir, Optional<Path> cpuacctDir, Map<String, Long> out) {
        CgroupFiles.readLong(cpuDir.resolve("cpu.cfs_quota_us")).ifPresent(v -> out.put("quota", v));
        CgroupFiles.readLong(cpuDir.resolve("cpu.cfs_period_us")).ifPresent(v -> out.put("period", v));
        CgroupFiles.readLong(cpuDir.resolve("cpu.shares")).ifPresent(v -> out.put("weight", CpuLimits.weightOf(v)));
        CgroupFiles.readLong(cpuDir.resolve(RealtimeSupport.RUNTIME)).ifPresent(v -> out.put("rt_runtime", v));
        CgroupFiles.readLong(cpuDir.resolve(RealtimeSupport.PERIOD)).ifPresent(v -> out.put("rt_period", v));
        Map<String, Long> stat = CgroupFiles.readKeyed(cpuDir.resolve("cpu.stat"));
        copy(stat, "nr_periods", "nr_periods", 1, out);
        copy(stat, "nr_throttled", "nr_throttled", 1, out);
        copy(stat, "throttled_time", "throttled_ns", 1, out);
        cpuacctDir.ifPresent(dir -> {
            CgroupFiles.readLong(dir.resolve("cpuacct.usage")).ifPresent(v -> out.put("usage_ns", v));
            CgroupFiles.readLong(dir.resolve("cpuacct.usage_user")).ifPresent(v -> out.put("user_ns", v));
            CgroupFiles.readLong(dir.resolve("cpuacct.usage_sys")).ifPresent(v -> out.put("system_ns", v));
        });
    }

    static void readV2(Path dir, Map<String, Long> out) {
        readCpuMax(dir.resolve("cpu.max")).ifPresent(max -> {
            out.put("quota", max[0]);
            out.put("period", max[1]);
        });
        CgroupFiles.readLong(dir.resolve("cpu.weight")).ifPresent(v -> out.put("weight", v));
        Map<String, Long> stat = CgroupFiles.readKeyed(dir.resolve("cpu.stat"));
        copy(stat, "usage_usec", "usage_ns", NANOS_PER_MICRO, out);
        copy(stat, "user_usec", "user_ns", NANOS_PER_MICRO, out);
        copy(stat, "system_usec", "system_ns", NANOS_PER_MICRO, out);
        copy(stat, "nr_periods", "nr_periods", 1, out);
        copy(stat, "nr_throttled", "nr_throttled", 1, out);
        copy(stat, "throttled_usec", "throttled_ns", NANOS_PER_MICRO, out);
    }

    /** cpu.max as {quota, period}: "max 100000" or "50000 100000"; quota "max" is -1. */
    static Optional<long[]> readCpuMax(Path file) {
        try {
            String[] fields = Files.readString(file).trim().split("\\s+");
            long quota = fields[0].equals("max") ? CpuLimits.UNLIMITED : Long.parseLong(fields[0]);
            return Optional.of(new long[] {quota, Long.parseLong(fields[1])});
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void copy(Map<String, Long> stat, String from, String to, long factor, Map<String, Long> out) {
        Long value = stat.get(from);
        if (value != null) {
            out.put(to, value * factor);
        }
    }
}
