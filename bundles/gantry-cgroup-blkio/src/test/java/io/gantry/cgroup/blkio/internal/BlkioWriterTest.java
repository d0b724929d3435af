package io.gantry.cgroup.blkio.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.FailedPreconditionException;
import io.gantry.api.cgroup.CgroupLayout;
import io.gantry.api.container.Resources;
import io.gantry.api.container.ThrottleDevice;
import io.gantry.api.container.WeightDevice;
import io.gantry.testkit.FakeCgroupDir;
import io.gantry.testkit.TreeSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlkioWriterTest {
    private static final String PATH = FakeCgroupDir.CGROUPS_PATH;
    private final BlkioController controller = new BlkioController(new FakeDisks());
    @TempDir
    Path root;

    private static Resources weights(long weight, long sdaWeight) {
        return Resources.builder().blkioWeight(weight)
                .blkioWeightDevices(List.of(new WeightDevice("/dev/sda", sdaWeight))).build();
    }

    private String read(Path dir, String file) throws IOException {
        return Files.readString(dir.resolve(file));
    }

    @Test
    void v1WeightsGoToTheCfqFiles() throws IOException {
        Path dir = FakeCgroupDir.under(root, Map.of("blkio.weight", "500\n", "blkio.weight_device", ""));
        controller.update(weights(300, 200), CgroupLayout.v1(Map.of("blkio", root)), PATH);
        assertEquals("300", read(dir, "blkio.weight"));
        assertEquals("8:0 200", read(dir, "blkio.weight_device"));
        assertEquals(Map.of("weight", 300L, "weight:8:0", 200L),
                controller.stats(CgroupLayout.v1(Map.of("blkio", root)), PATH));
    }

    @Test
    void v1WeightsGoToBfqWhenCfqIsAbsent() throws IOException {
        Path dir = FakeCgroupDir.under(root, Map.of("blkio.bfq.weight", "default 100\n"));
        controller.update(weights(300, 0), CgroupLayout.v1(Map.of("blkio", root)), PATH);
        assertEquals("8:0 0", read(dir, "blkio.bfq.weight"), "the last write, after \"300\"");
    }

    @Test
    void v2WeightsAreScaledForIoWeightButNotForBfq() throws IOException {
        Path dir = FakeCgroupDir.under(root, Map.of("io.weight", "default 100\n"));
        controller.update(Resources.builder().blkioWeight(500L).build(), CgroupLayout.v2(root), PATH);
        assertEquals("default 4950", read(dir, "io.weight"));
        controller.update(weights(1000, 0), CgroupLayout.v2(root), PATH);
        assertEquals("8:0 default", read(dir, "io.weight"));

        Files.writeString(dir.resolve("io.bfq.weight"), "default 100\n");
        controller.update(Resources.builder().blkioWeight(500L).build(), CgroupLayout.v2(root), PATH);
        assertEquals("default 500", read(dir, "io.bfq.weight"));
    }

    @Test
    void runcsIoWeightScaleMapsTheEnds() {
        assertEquals(1, BlkioWriter.ioWeightOf(10));
        assertEquals(10_000, BlkioWriter.ioWeightOf(1000));
    }

    @Test
    void v2LimitsOfADeviceShareOneIoMaxLineAndZeroIsMax() throws IOException {
        Path dir = FakeCgroupDir.under(root, Map.of("io.max", ""));
        Resources limits = Resources.builder().deviceReadBps(List.of(new ThrottleDevice("/dev/sdb", 1_048_576)))
                .deviceWriteIops(List.of(new ThrottleDevice("/dev/sdb", 0))).build();
        controller.update(limits, CgroupLayout.v2(root), PATH);
        assertEquals("8:16 rbps=1048576 wiops=max", read(dir, "io.max"));
    }

    @Test
    void aMissingWeightFileFailsBeforeAnythingIsWritten() throws IOException {
        FakeCgroupDir.under(root, Map.of("blkio.throttle.read_bps_device", ""));
        TreeSnapshot before = TreeSnapshot.of(root);
        Resources both = Resources.builder().blkioWeight(300L)
                .deviceReadBps(List.of(new ThrottleDevice("/dev/sda", 1))).build();
        FailedPreconditionException e = assertThrows(FailedPreconditionException.class,
                () -> controller.update(both, CgroupLayout.v1(Map.of("blkio", root)), PATH));
        assertTrue(e.getMessage().contains("blkio.weight or blkio.bfq.weight"), e.getMessage());
        assertEquals(List.of(), TreeSnapshot.of(root).differencesFrom(before));
    }
}
