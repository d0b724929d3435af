package io.gantry.cgroup.pids.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.FailedPreconditionException;
import io.gantry.api.InvalidArgumentException;
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

    @Test
    void positiveLimitGoesIntoTheSpec() {
        LinuxResources out = new LinuxResources();
        controller.contribute(pids(100L), out);
        assertEquals(new LinuxResources.Pids(100), out.pids);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1})
    void zeroOrMinusOneMeansUnlimited(long limit) {
        LinuxResources out = new LinuxResources();
        controller.contribute(pids(limit), out);
        assertNull(out.pids);
    }

    @Test
    void unsetLeavesTheSpecAlone() {
        LinuxResources out = new LinuxResources();
        controller.contribute(Resources.NONE, out);
        assertNull(out.pids);
    }

    @Test
    void otherNegativeLimitIsInvalid() {
        LinuxResources out = new LinuxResources();
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> controller.contribute(pids(-5L), out));
        assertTrue(e.getMessage().startsWith("invalid pids limit -5"), e.getMessage());
        assertNull(out.pids);
    }

    @Test
    void statsReadCurrentAndLimitOnV1() throws IOException {
        Path dir = cgroupDir("512\n", "7\n");
        CgroupLayout layout = CgroupLayout.v1(Map.of("pids", root));
        assertEquals(Map.of("current", 7L, "limit", 512L), controller.stats(layout, PATH));
        Files.writeString(dir.resolve("pids.max"), "max\n");
        assertEquals(Map.of("current", 7L, "limit", -1L), controller.stats(layout, PATH));
    }

    @Test
    void statsReadCurrentAndLimitOnV2() throws IOException {
        cgroupDir("max\n", "3\n");
        assertEquals(Map.of("current", 3L, "limit", -1L), controller.stats(CgroupLayout.v2(root), PATH));
    }

    @Test
    void statsAreEmptyWhenTheControllerOrFilesAreMissing() {
        assertEquals(Map.of(), controller.stats(CgroupLayout.v1(Map.of("memory", root)), PATH));
        assertEquals(Map.of(), controller.stats(CgroupLayout.v2(root), PATH));
    }

    @Test
    void updateWritesLimitOrMax() throws IOException {
        Path dir = cgroupDir("max\n", "0\n");
        CgroupLayout layout = CgroupLayout.v2(root);
        controller.update(pids(64L), layout, PATH);
        assertEquals("64", Files.readString(dir.resolve("pids.max")));
        controller.update(pids(-1L), layout, PATH);
        assertEquals("max", Files.readString(dir.resolve("pids.max")));
        controller.update(Resources.NONE, layout, PATH);
        assertEquals("max", Files.readString(dir.resolve("pids.max")));
    }

    @Test
    void updateFailsClearlyWithoutPidsMount() {
        FailedPreconditionException e = assertThrows(FailedPreconditionException.class,
                () -> controller.update(pids(5L), CgroupLayout.v1(Map.of()), PATH));
        assertTrue(e.getMessage().contains("pids controller is not mounted"), e.getMessage());
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
    void realKernelCgroupTakesTheLimitAndCountsTasks() throws IOException {
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
