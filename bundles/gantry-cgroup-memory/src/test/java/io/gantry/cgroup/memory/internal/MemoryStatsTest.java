package io.gantry.cgroup.memory.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gantry.api.cgroup.CgroupLayout;
import io.gantry.api.cgroup.CgroupVersion;
import io.gantry.testkit.FakeCgroupDir;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemoryStatsTest {
    private static final String PATH = FakeCgroupDir.CGROUPS_PATH;
    private static final String V1_STAT = """
            cache 1236992
            rss 405504
            rss_huge 0
            shmem 0
            mapped_file 1081344
            inactive_anon 405504
            active_anon 0
            inactive_file 1081344
            active_file 155648
            hierarchical_memory_limit 67108864
            hierarchical_memsw_limit 134217728
            total_cache 2236992
            total_rss 1405504
            total_mapped_file 1181344
            total_inactive_file 1181344
            """;
    private static final String V2_STAT = """
            anon 4096000
            file 8192000
            kernel 1048576
            kernel_stack 16384
            sock 0
            shmem 0
            file_mapped 2048000
            file_dirty 0
            inactive_anon 4096000
            active_anon 0
            inactive_file 6144000
            active_file 2048000
            """;
    private final MemoryController controller = new MemoryController();
    @TempDir
    Path root;

    @Test
    void v1FiguresUnderCommonKeys() throws IOException {
        FakeCgroupDir.under(root, Map.of("memory.usage_in_bytes", "3645440\n", "memory.limit_in_bytes", "67108864\n",
                "memory.max_usage_in_bytes", "8388608\n", "memory.failcnt", "12\n",
                "memory.oom_control", "oom_kill_disable 0\nunder_oom 0\noom_kill 1\n", "memory.stat", V1_STAT));
        assertEquals(Map.of("usage", 3645440L, "limit", 67108864L, "max_usage", 8388608L, "failcnt", 12L,
                "oom_kill", 1L, "rss", 1405504L, "cache", 2236992L, "mapped_file", 1181344L,
                "inactive_file", 1181344L), controller.stats(CgroupLayout.v1(Map.of("memory", root)), PATH));
    }

    @Test
    void v1UnlimitedIsMinusOne() throws IOException {
        FakeCgroupDir.under(root, Map.of("memory.limit_in_bytes", "9223372036854771712\n"));
        assertEquals(Map.of("limit", -1L), controller.stats(CgroupLayout.v1(Map.of("memory", root)), PATH));
    }

    @Test
    void v2FiguresUnderTheSameKeys() throws IOException {
        FakeCgroupDir.under(root, Map.of("memory.current", "12288000\n", "memory.max", "67108864\n", "memory.peak", "16777216\n",
                "memory.events", "low 0\nhigh 0\nmax 3\noom 1\noom_kill 1\noom_group_kill 0\n",
                "memory.stat", V2_STAT));
        assertEquals(Map.of("usage", 12288000L, "limit", 67108864L, "max_usage", 16777216L, "failcnt", 3L,
                "oom_kill", 1L, "oom", 1L, "rss", 4096000L, "cache", 8192000L, "mapped_file", 2048000L,
                "inactive_file", 6144000L), controller.stats(CgroupLayout.v2(root), PATH));
    }

    @Test
    void v2WithoutPeakAndUnlimitedLeavesMaxUsageOut() throws IOException {
        FakeCgroupDir.under(root, Map.of("memory.current", "4096\n", "memory.max", "max\n"));
        assertEquals(Map.of("usage", 4096L, "limit", -1L), controller.stats(CgroupLayout.v2(root), PATH));
    }

    @Test
    void missingControllerOrCgroupGivesNoKeys() {
        assertEquals(Map.of(), controller.stats(CgroupLayout.v1(Map.of("cpu", root)), PATH));
        assertEquals(Map.of(), controller.stats(CgroupLayout.v2(root), PATH));
    }

    @Test
    void layoutFromMountInfoOnV1HybridAndV2Hosts() throws IOException {
        FakeCgroupDir.under(root, Map.of("memory.usage_in_bytes", "100\n"));
        String v1 = "25 23 0:22 / /sys/fs/cgroup rw,nosuid,nodev,noexec shared:9 - tmpfs tmpfs ro,mode=755\n"
                + "33 25 0:29 / /sys/fs/cgroup/cpu,cpuacct rw,nosuid shared:15 - cgroup cgroup rw,cpu,cpuacct\n"
                + "35 25 0:31 / " + root + " rw,nosuid,nodev,noexec,relatime shared:17 - cgroup cgroup rw,memory\n";
        String hybrid = v1 + "26 25 0:23 / /sys/fs/cgroup/unified rw,nosuid shared:10 - cgroup2 cgroup2 rw\n";
        String v2 = "30 23 0:26 / /sys/fs/cgroup rw,nosuid,nodev,noexec,relatime shared:4 - cgroup2 cgroup2 "
                + "rw,nsdelegate,memory_recursiveprot\n";
        assertEquals(Map.of("usage", 100L), controller.stats(CgroupLayout.fromMountInfo(v1), PATH));
        assertEquals(Map.of("usage", 100L), controller.stats(CgroupLayout.fromMountInfo(hybrid), PATH));
        CgroupLayout pureV2 = CgroupLayout.fromMountInfo(v2);
        assertEquals(CgroupVersion.V2, pureV2.version());
        assertEquals(Path.of("/sys/fs/cgroup/gantry/c0ffee"), pureV2.dir("memory", PATH).orElseThrow());
    }
}
