package io.gantry.cgroup.cpu.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gantry.api.cgroup.CgroupLayout;
import io.gantry.api.container.Resources;
import io.gantry.testkit.FakeCgroupDir;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CpuUpdateTest {
    private static final String PATH = FakeCgroupDir.CGROUPS_PATH;
    private final CpuController controller = new CpuController();
    @TempDir
    Path root;

    private static Resources cpu(Long nanoCpus, Long shares, Long quota, Long period) {
        return new Resources(null, null, nanoCpus, shares, quota, period, null);
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
}
