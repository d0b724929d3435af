package io.gantry.cgroup.cpu.internal;

import io.gantry.api.FailedPreconditionException;
import io.gantry.api.cgroup.CgroupFiles;
import java.nio.file.Path;

/** Writes new CPU limits into a live cgroup; settings not given keep their current value. */
final class CpuUpdater {
    private CpuUpdater() {
    }

    /** The period goes first, so that the kernel checks the new quota against the new period. */
    static void updateV1(Path dir, CpuLimits limits) {
        if (limits.period() != null) {
            CgroupFiles.write(dir.resolve("cpu.cfs_period_us"), Long.toString(limits.period()));
        }
        if (limits.quota() != null) {
            CgroupFiles.write(dir.resolve("cpu.cfs_quota_us"), Long.toString(limits.quota()));
        }
        if (limits.shares() != null) {
            CgroupFiles.write(dir.resolve("cpu.shares"), Long.toString(limits.shares()));
        }
    }

    /** cpu.max holds "quota period" together; the part not given is kept from the current file. */
    static void updateV2(Path dir, CpuLimits limits) {
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
