package io.gantry.cgroup.cpu.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.cgroup.CgroupLayout;
import io.gantry.api.container.Resources;
import io.gantry.testkit.FakeCgroupDir;
import io.gantry.testkit.TreeSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CpuUpdateTest {
    private static final String PATH = FakeCgroupDir.CGROUPS_PATH;
    private final CpuController controller = new CpuController();
    @TempDir
    Path root;

    private static Resources cpu(Long nanoCpus, Long shares, Long quota, Long period) {
        return Resources.builder().nanoCpus(nanoCpus).cpuShares(shares).cpuQuota(quota).cpuPeriod(period).build();
    }

    private static Resources realtime(Long runtime, Long period) {
        return Resources.builder().cpuRealtimeRuntime(runtime).cpuRealtimePeriod(period).build();
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file);
    }

    @Test
    void v1WritesPeriodQuotaAndShares() throws IOException {
        Path dir = FakeCgroupDir.under(root, Map.of("cpu.cfs_quota_us", "-1\n", "cpu.cfs_period_us", "100000\n",
                "cpu.shares", "1024\n"));
        CgroupLayout layout = CgroupLayout.v1(Map.of("cpu", root));
        controller.update(cpu(null, 512L, 25_000L, 50_000L), layout, PATH);
        assertEquals("50000", read(dir.resolve("cpu.cfs_period_us")));
        assertEquals("25000", read(dir.resolve("cpu.cfs_quota_us")));
        assertEquals("512", read(dir.resolve("cpu.shares")));
        controller.update(cpu(1_000_000_000L, null, null, null), layout, PATH);
        assertEquals("100000", read(dir.resolve("cpu.cfs_period_us")));
        assertEquals("100000", read(dir.resolve("cpu.cfs_quota_us")));
        assertEquals("512", read(dir.resolve("cpu.shares")));
    }

    @Test
    void v2KeepsThePartOfCpuMaxNotGiven() throws IOException {
        Path dir = FakeCgroupDir.under(root, Map.of("cpu.max", "50000 100000\n"));
        CgroupLayout layout = CgroupLayout.v2(root);
        controller.update(cpu(null, null, null, 200_000L), layout, PATH);
        assertEquals("50000 200000", read(dir.resolve("cpu.max")));
        controller.update(cpu(null, null, -1L, null), layout, PATH);
        assertEquals("max 200000", read(dir.resolve("cpu.max")));
    }

    @Test
    void v1WritesRealtimeRuntimeAndPeriodKeepingTheOneNotGiven() throws IOException {
        Path dir = FakeCgroupDir.under(root, Map.of("cpu.rt_runtime_us", "0\n", "cpu.rt_period_us", "1000000\n"));
        CgroupLayout layout = CgroupLayout.v1(Map.of("cpu", root));
        controller.update(realtime(10_000L, 100_000L), layout, PATH);
        assertEquals("10000", read(dir.resolve("cpu.rt_runtime_us")));
        assertEquals("100000", read(dir.resolve("cpu.rt_period_us")));
        controller.update(realtime(50_000L, null), layout, PATH);
        assertEquals("50000", read(dir.resolve("cpu.rt_runtime_us")));
        assertEquals("100000", read(dir.resolve("cpu.rt_period_us")));
    }

    @Test
    void v1RealtimeIsCheckedAgainstTheCurrentValuesBeforeAnyWrite() throws IOException {
        FakeCgroupDir.under(root, Map.of("cpu.rt_runtime_us", "50000\n", "cpu.rt_period_us", "100000\n",
                "cpu.shares", "1024\n"));
        CgroupLayout layout = CgroupLayout.v1(Map.of("cpu", root));
        TreeSnapshot before = TreeSnapshot.of(root);
        Resources sharesAndTooShortPeriod = realtime(null, 40_000L).toBuilder().cpuShares(512L).build();
        for (Resources refused : List.of(realtime(200_000L, null), sharesAndTooShortPeriod)) {
            InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                    () -> controller.update(refused, layout, PATH));
            assertTrue(e.getMessage().contains("cpu real-time runtime cannot be higher than cpu real-time period"),
                    e.getMessage());
        }
        assertEquals(List.of(), TreeSnapshot.of(root).differencesFrom(before));
    }

    @Test
    void v1WithoutRealtimeFilesRefusesNamingTheOption() throws IOException {
        FakeCgroupDir.under(root, Map.of("cpu.shares", "1024\n"));
        TreeSnapshot before = TreeSnapshot.of(root);
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> controller.update(
                realtime(null, 100_000L).toBuilder().cpuShares(512L).build(), CgroupLayout.v1(Map.of("cpu", root)),
                PATH));
        assertTrue(e.getMessage().startsWith("Your kernel does not support cgroup cpu real-time period: cannot set "
                + "--cpu-rt-period 100000"), e.getMessage());
        assertEquals(List.of(), TreeSnapshot.of(root).differencesFrom(before));
    }

    @Test
    void v2RefusesRealtimeWritingNothing() throws IOException {
        FakeCgroupDir.under(root, Map.of("cpu.max", "max 100000\n", "cpu.weight", "100\n"));
        TreeSnapshot before = TreeSnapshot.of(root);
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> controller.update(
                realtime(1_000L, null).toBuilder().cpuShares(512L).build(), CgroupLayout.v2(root), PATH));
        assertTrue(e.getMessage().contains("--cpu-rt-runtime 1000") && e.getMessage().contains("cgroup v2"),
                e.getMessage());
        assertEquals(List.of(), TreeSnapshot.of(root).differencesFrom(before));
    }
}
