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
    private final MemoryController controller = new MemoryController();
    @TempDir
    Path root;

    @Test
    void v1UnlimitedIsMinusOne() throws IOException {
        FakeCgroupDir.under(root, Map.of("memory.limit_in_bytes", "9223372036854771712\n"));
        assertEquals(Map.of("limit", -1L), controller.stats(CgroupLayout.v1(Map.of("memory", root)), PATH));
    }

    @Test
    void v2WithoutPeakAndUnlimitedLeavesMaxUsageOut() throws IOException {
        FakeCgroupDir.under(root, Map.of("memory.current", "4096\n", "memory.max", "max\n"));
        assertEquals(Map.of("usage", 4096L, "limit", -1L), controller.stats(CgroupLayout.v2(root), PATH));
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

    @Test
    void reservationIsTheSoftLimitOnV1AndMemoryLowOnV2() throws IOException {
        FakeCgroupDir.under(root.resolve("v1"), Map.of("memory.soft_limit_in_bytes", "33554432\n"));
        FakeCgroupDir.under(root.resolve("v2"), Map.of("memory.low", "16777216\n"));
        assertEquals(Map.of("reservation", 33_554_432L),
                controller.stats(CgroupLayout.v1(Map.of("memory", root.resolve("v1"))), PATH));
        assertEquals(Map.of("reservation", 16_777_216L), controller.stats(CgroupLayout.v2(root.resolve("v2")), PATH));
    }
}
