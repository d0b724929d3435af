package io.gantry.cgroup.cpu.internal;

import io.gantry.api.FailedPreconditionException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.cgroup.CgroupFiles;
import java.nio.file.Path;

/** Writes new CPU limits into a live cgroup; settings not given keep their current value. */
final class CpuUpdater {
    private CpuUpdater() {
    }

    /**
     * The period goes first, so that the kernel checks the new quota against the new period. The real-time
     * settings are checked against the cgroup's current ones before anything is written.
     */
    static void updateV1(Path dir, CpuLimits limits) {
        long[] realtime = limits.hasRealtime() ? RealtimeUpdater.checked(dir, limits) : null;
        if (limits.period() != null) {
            CgroupFiles.write(dir.resolve("cpu.cfs_period_us"), Long.toString(limits.period()));
        }
        if (limits.quota() != null) {
            CgroupFiles.write(dir.resolve("cpu.cfs_quota_us"), Long.toString(limits.quota()));
        }
        if (limits.shares() != null) {
            CgroupFiles.write(dir.resolve("cpu.shares"), Long.toString(limits.shares()));
        }
        if (realtime != null) {
            RealtimeUpdater.write(dir, realtime[0], realtime[1]);
        }
    }

    /**
     * cpu.max holds "quota period" together; the part not given is kept from the current file. v2 has no
     * real-time files.
     */
    static void updateV2(Path dir, CpuLimits limits) {
        if (limits.hasRealtime()) {
            throw new InvalidArgumentException(RealtimeSupport.unsupported(limits)
                    + ": cgroup v2 has no cpu.rt_runtime_us or cpu.rt_period_us");
        }
        if (limits.quota() != null || limits.period() != null) {
            Path cpuMax = dir.resolve("cpu.max");
            long[] current = CpuStats.readCpuMax(cpuMax).orElseThrow(() -> new FailedPreconditionException(
                    "cannot read " + cpuMax + ": is the container running?"));
            long quota = limits.quota() != null ? limits.quota() : current[0];
            long period = limits.period() != null ? limits.period() : current[1];
            CgroupFiles.write(cpuMax, (quota == CpuLimits.UNLIMITED ? "max" : Long.toString(quota)) + " " + period);
        }
        if (limits.shares() != null) {
            CgroupFiles.write(dir.resolve("cpu.weight"), Long.toString(CpuLimits.weightOf(limits.shares())));
        }
    }
}
