package io.gantry.cgroup.pids.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.gantry.api.cgroup.CgroupLayout;
import io.gantry.api.container.Resources;
import io.gantry.api.oci.LinuxResources;
import io.gantry.testkit.FakeCgroupDir;
import io.gantry.testkit.KernelCgroup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PidsControllerTest {
    private static final String PATH = FakeCgroupDir.CGROUPS_PATH;
    private final PidsController controller = new PidsController();
    @TempDir
    Path root;

    private static Resources pids(Long limit) {
        return Resources.NONE.withPidsLimit(limit);
    }

    private Path cgroupDir(String pidsMax, String pidsCurrent) throws IOException {
        return FakeCgroupDir.under(root, Map.of("pids.max", pidsMax, "pids.current", pidsCurrent));
    }

    @Test
    void nameIsTheKernelName() {
        assertEquals("pids", controller.name());
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1})
    void zeroOrMinusOneMeansUnlimited(long limit) {
        LinuxResources out = new LinuxResources();
        controller.contribute(pids(limit), out);
        assertNull(out.pids);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1})
    void updateToUnlimitedWritesMax(long limit) throws IOException {
        Path dir = cgroupDir("64\n", "0\n");
        controller.update(pids(limit), CgroupLayout.v2(root), PATH);
        assertEquals("max", Files.readString(dir.resolve("pids.max")));
    }

    @Test
    void layoutFromMountInfoFindsPidsOnV1HybridAndV2Hosts() {
        String v1 = "39 31 0:36 / " + root + " rw,nosuid,nodev,noexec,relatime shared:17 - cgroup cgroup rw,pids\n";
        String hybrid = v1 + "41 31 0:38 / /sys/fs/cgroup/unified rw,relatime - cgroup2 cgroup2 rw\n";
        String v2 = "31 23 0:28 / /sys/fs/cgroup rw,nosuid,nodev,noexec,relatime - cgroup2 cgroup2 rw,nsdelegate\n";
        assertEquals(root.resolve("gantry/c0ffee"), CgroupLayout.fromMountInfo(v1).dir("pids", PATH).orElseThrow());
        assertEquals(root.resolve("gantry/c0ffee"),
                CgroupLayout.fromMountInfo(hybrid).dir("pids", PATH).orElseThrow());
        assertEquals(Path.of("/sys/fs/cgroup/gantry/c0ffee"),
                CgroupLayout.fromMountInfo(v2).dir("pids", PATH).orElseThrow());
    }

    @Test
    void countsTheTasksOfARealCgroup() throws IOException {
        CgroupLayout layout = CgroupLayout.detect();
        try (KernelCgroup cgroup = KernelCgroup.create("pids")) {
            controller.update(pids(20L), layout, cgroup.cgroupsPath());
            assertEquals(Map.of("current", 0L, "limit", 20L), controller.stats(layout, cgroup.cgroupsPath()));

            cgroup.awaitMember(cgroup.startMember("exec /bin/busybox sleep 60"));
            assertEquals(Map.of("current", 1L, "limit", 20L), controller.stats(layout, cgroup.cgroupsPath()));

            controller.update(pids(0L), layout, cgroup.cgroupsPath());
            assertEquals("max", Files.readString(cgroup.dir("pids").resolve("pids.max")).trim());
            assertEquals(-1L, controller.stats(layout, cgroup.cgroupsPath()).get("limit"));
        }
    }
}
