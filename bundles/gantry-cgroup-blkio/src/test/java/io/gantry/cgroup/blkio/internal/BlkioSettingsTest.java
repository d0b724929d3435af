package io.gantry.cgroup.blkio.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.Resources;
import io.gantry.api.container.ThrottleDevice;
import io.gantry.api.container.WeightDevice;
import io.gantry.api.oci.LinuxResources;
import io.gantry.testkit.TestJson;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BlkioSettingsTest {
    private static BlkioSettings settings(Resources resources) {
        return BlkioSettings.of(resources, new FakeDisks());
    }

    private static Resources weight(long weight) {
        return Resources.builder().blkioWeight(weight).build();
    }

    @ParameterizedTest
    @ValueSource(longs = {10, 500, 1000})
    void acceptsWeightsFrom10To1000(long weight) {
        assertEquals(weight, settings(weight(weight)).weight());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 9, 1001, -10})
    void refusesOtherWeightsWithDockersMessage(long weight) {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> settings(weight(weight)));
        assertEquals("invalid blkio weight " + weight + ": Range of blkio weight is from 10 to 1000", e.getMessage());
    }

    @Test
    void aWeightOfZeroIsNotSet() {
        assertTrue(settings(weight(0)).isEmpty());
        assertTrue(settings(Resources.NONE).isEmpty());
    }

    @Test
    void aDeviceWeightOfZeroIsAllowedOthersMustBeInRange() {
        Resources zero = Resources.builder().blkioWeightDevices(List.of(new WeightDevice("/dev/sda", 0))).build();
        assertEquals(0L, settings(zero).weightDevices().get(FakeDisks.SDA));
        Resources low = Resources.builder().blkioWeightDevices(List.of(new WeightDevice("/dev/sda", 9))).build();
        assertEquals("invalid weight 9 for device /dev/sda in BlkioWeightDevice (--blkio-weight-device): "
                + "Range of blkio weight is from 10 to 1000",
                assertThrows(InvalidArgumentException.class, () -> settings(low)).getMessage());
    }

    @Test
    void anUnknownDeviceNamesItsFlag() {
        Resources resources = Resources.builder().deviceReadIops(List.of(new ThrottleDevice("/dev/sdz", 10))).build();
        assertEquals("invalid device path /dev/sdz for BlkioDeviceReadIOps (--device-read-iops): no such file",
                assertThrows(InvalidArgumentException.class, () -> settings(resources)).getMessage());
    }

    @Test
    void becomesTheOciBlockIoObject() throws Exception {
        Resources resources = Resources.builder().blkioWeight(300L)
                .blkioWeightDevices(List.of(new WeightDevice("/dev/sda", 200)))
                .deviceReadBps(List.of(new ThrottleDevice("/dev/sda", 1_048_576)))
                .deviceWriteBps(List.of(new ThrottleDevice("/dev/sdb", 2_097_152)))
                .deviceReadIops(List.of(new ThrottleDevice("/dev/sda", 100), new ThrottleDevice("/dev/sdb", 0)))
                .deviceWriteIops(List.of(new ThrottleDevice("/dev/sdb", 50))).build();
        LinuxResources out = new LinuxResources();
        new BlkioController(new FakeDisks()).contribute(resources, out);
        assertEquals(TestJson.MAPPER.readTree("""
                {"blockIO": {"weight": 300,
                  "weightDevice": [{"major": 8, "minor": 0, "weight": 200}],
                  "throttleReadBpsDevice": [{"major": 8, "minor": 0, "rate": 1048576}],
                  "throttleWriteBpsDevice": [{"major": 8, "minor": 16, "rate": 2097152}],
                  "throttleReadIOPSDevice": [{"major": 8, "minor": 0, "rate": 100},
                    {"major": 8, "minor": 16, "rate": 0}],
                  "throttleWriteIOPSDevice": [{"major": 8, "minor": 16, "rate": 50}]}}"""),
                TestJson.MAPPER.readTree(TestJson.MAPPER.writeValueAsString(out)));
    }
}
