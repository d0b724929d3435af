package io.gantry.cgroup.cpu.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gantry.api.cgroup.CgroupLayout;
import io.gantry.api.cgroup.CgroupVersion;
import io.gantry.testkit.FakeCgroupDir;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CpuStatsTest {
    private static final String PATH = FakeCgroupDir.CGROUPS_PATH;
    private static final Map<String, String> V1_CPU = Map.of("cpu.cfs_quota_us", "50000\n",
            "cpu.cfs_period_us", "100000\n", "cpu.shares", "1024\n",
            "cpu.stat", "nr_periods 120\nnr_throttled 30\nthrottled_time 987654321\nnr_bursts 0\nburst_time 0\n");
    private static final Map<String, String> V1_CPUACCT = Map.of("cpuacct.usage", "123456789\n",
            "cpuacct.usage_user", "100000000\n", "cpuacct.usage_sys", "23456789\n");
    private static final Map<String, Long> V1_EXPECTED = Map.of("quota", 50_000L, "period", 100_000L, "weight", 39L,
            "nr_periods", 120L, "nr_throttled", 30L, "throttled_ns", 987_654_321L, "usage_ns", 123_456_789L,
            "user_ns", 100_000_000L, "system_ns", 23_456_789L);
    private final CpuController controller = new CpuController();
    @TempDir
    Path root;

    private static String v1Mount(int id, Path mountPoint, String controllers) {
        return id + " 25 0:" + id + " / " + mountPoint + " rw,nosuid,nodev,noexec,relatime shared:" + id
                + " - cgroup cgroup rw," + controllers + "\n";
    }

    @Test
    void v1WithSeparateCpuAndCpuacctMounts() throws IOException {
        FakeCgroupDir.under(root.resolve("cpu"), V1_CPU);
        FakeCgroupDir.under(root.resolve("cpuacct"), V1_CPUACCT);
        String hybrid = v1Mount(32, root.resolve("cpu"), "cpu") + v1Mount(33, root.resolve("cpuacct"), "cpuacct")
                + "41 25 0:38 / /sys/fs/cgroup/unified rw,nosuid,nodev,noexec,relatime - cgroup2 cgroup2 rw\n";
        assertEquals(V1_EXPECTED, controller.stats(CgroupLayout.fromMountInfo(hybrid), PATH));
    }

    @Test
    void v1WithoutCpuacctStillReportsLimits() throws IOException {
        FakeCgroupDir.under(root, Map.of("cpu.cfs_quota_us", "-1\n", "cpu.cfs_period_us", "100000\n"));
        assertEquals(Map.of("quota", -1L, "period", 100_000L),
                controller.stats(CgroupLayout.v1(Map.of("cpu", root)), PATH));
    }

    @Test
    void pureV2HostFromMountInfo() {
        CgroupLayout layout = CgroupLayout.fromMountInfo("30 23 0:26 / /sys/fs/cgroup rw,nosuid,nodev,noexec,"
                + "relatime shared:4 - cgroup2 cgroup2 rw,nsdelegate,memory_recursiveprot\n");
        assertEquals(CgroupVersion.V2, layout.version());
        assertEquals(Path.of("/sys/fs/cgroup/gantry/c0ffee"), layout.dir("cpu", PATH).orElseThrow());
    }

    @Test
    void v1RealtimeFiguresWhereTheKernelHasThem() throws IOException {
        FakeCgroupDir.under(root, Map.of("cpu.rt_runtime_us", "10000\n", "cpu.rt_period_us", "1000000\n"));
        assertEquals(Map.of("rt_runtime", 10_000L, "rt_period", 1_000_000L),
                controller.stats(CgroupLayout.v1(Map.of("cpu", root)), PATH));
    }
}
