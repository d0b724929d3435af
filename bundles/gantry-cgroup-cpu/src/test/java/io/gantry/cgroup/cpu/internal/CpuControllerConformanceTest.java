package io.gantry.cgroup.cpu.internal;

import io.gantry.api.cgroup.CgroupController;
import io.gantry.api.cgroup.CgroupLayout;
import io.gantry.api.container.Resources;
import io.gantry.api.oci.LinuxResources;
import io.gantry.testkit.conformance.CgroupControllerConformanceTest;
import java.nio.file.Path;
import java.util.Map;

/**
 * The cpu controller runs the cgroup controller suite: --cpus, --cpu-shares, --cpu-quota and --cpu-period in the
 * settings, the real-time options (which cgroup v2 cannot take) among the invalid ones. Its v1 directory is that of
 * a combined cpu,cpuacct mount, and the host's real-time support is replaced by "none".
 */
class CpuControllerConformanceTest extends CgroupControllerConformanceTest {
    private static final String CPU_STAT_V1 = "nr_periods 120\nnr_throttled 30\nthrottled_time 987654321\n"
            + "nr_bursts 0\nburst_time 0\n";
    private static final String CPU_STAT_V2 = "usage_usec 123456\nuser_usec 100000\nsystem_usec 23456\n"
            + "nr_periods 120\nnr_throttled 30\nthrottled_usec 987654\nnr_bursts 0\nburst_usec 0\n";

    static Resources cpu(Long nanoCpus, Long shares, Long quota, Long period) {
        return Resources.builder().nanoCpus(nanoCpus).cpuShares(shares).cpuQuota(quota).cpuPeriod(period).build();
    }

    @Override
    protected CgroupController createController() {
        return new CpuController(() -> false);
    }

    @Override
    protected Resources settings() {
        return cpu(500_000_000L, 512L, null, null);
    }

    @Override
    protected LinuxResources contributed() {
        LinuxResources out = new LinuxResources();
        out.cpu = new LinuxResources.Cpu(512L, 50_000L, 100_000L, null, null, null, null);
        return out;
    }

    @Override
    protected Map<String, Long> statsAfterUpdate() {
        return Map.of("quota", 50_000L, "period", 100_000L, "weight", CpuLimits.weightOf(512));
    }

    /** Those whose message does not depend on this host's number of CPUs. */
    @Override
    protected Map<String, Resources> invalidSettings() {
        return Map.ofEntries(
                Map.entry("Conflicting options: Nano CPUs and CPU Period cannot both be set",
                        cpu(1_000_000_000L, null, null, 100_000L)),
                Map.entry("Conflicting options: Nano CPUs and CPU Quota cannot both be set",
                        cpu(1_000_000_000L, null, 50_000L, null)),
                Map.entry("invalid cpu shares 1: must be between 2 and 262144", cpu(null, 1L, null, null)),
                Map.entry("invalid cpu shares -1: must be between 2 and 262144", cpu(null, -1L, null, null)),
                Map.entry("invalid cpu shares 262145: must be between 2 and 262144", cpu(null, 262_145L, null, null)),
                Map.entry("invalid cpu quota 999", cpu(null, null, 999L, null)),
                Map.entry("invalid cpu quota -2", cpu(null, null, -2L, null)),
                Map.entry("invalid cpu period 999", cpu(null, null, null, 999L)),
                Map.entry("invalid cpu period 1000001", cpu(null, null, null, 1_000_001L)),
                Map.entry("invalid cpu period -1", cpu(null, null, null, -1L)),
                Map.entry("invalid --cpu-rt-runtime 2000: cpu real-time runtime cannot be higher than cpu real-time "
                        + "period 1000", Resources.builder().cpuRealtimeRuntime(2000L).cpuRealtimePeriod(1000L)
                        .build()),
                Map.entry("invalid --cpu-rt-runtime -5", Resources.builder().cpuRealtimeRuntime(-5L).build()),
                Map.entry("invalid --cpu-rt-period -5", Resources.builder().cpuRealtimePeriod(-5L).build()),
                Map.entry("Your kernel does not support cgroup cpu real-time runtime: cannot set "
                        + "--cpu-rt-runtime 1000", Resources.builder().cpuRealtimeRuntime(1000L).build()));
    }

    @Override
    protected CgroupLayout v1Layout(Path mount) {
        return CgroupLayout.v1(Map.of("cpu", mount, "cpuacct", mount));
    }

    @Override
    protected Map<String, String> v1Files() {
        return Map.of("cpu.cfs_quota_us", "-1\n", "cpu.cfs_period_us", "100000\n", "cpu.shares", "1024\n",
                "cpu.stat", CPU_STAT_V1, "cpuacct.usage", "123456789\n", "cpuacct.usage_user", "100000000\n",
                "cpuacct.usage_sys", "23456789\n");
    }

    @Override
    protected Map<String, Long> v1Stats() {
        return Map.of("quota", -1L, "period", 100_000L, "weight", 39L, "nr_periods", 120L, "nr_throttled", 30L,
                "throttled_ns", 987_654_321L, "usage_ns", 123_456_789L, "user_ns", 100_000_000L,
                "system_ns", 23_456_789L);
    }

    @Override
    protected Map<String, String> v2Files() {
        return Map.of("cpu.max", "max 100000\n", "cpu.weight", "39\n", "cpu.stat", CPU_STAT_V2);
    }

    @Override
    protected Map<String, Long> v2Stats() {
        return Map.of("quota", -1L, "period", 100_000L, "weight", 39L, "usage_ns", 123_456_000L,
                "user_ns", 100_000_000L, "system_ns", 23_456_000L, "nr_periods", 120L, "nr_throttled", 30L,
                "throttled_ns", 987_654_000L);
    }
}
