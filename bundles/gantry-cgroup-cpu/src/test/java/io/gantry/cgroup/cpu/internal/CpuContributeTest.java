package io.gantry.cgroup.cpu.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.Resources;
import io.gantry.api.oci.LinuxResources;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CpuContributeTest {
    private static final int HOST_CPUS = 4;
    private final CpuController controller = new CpuController(() -> false);

    private static Resources cpu(Long nanoCpus, Long shares, Long quota, Long period) {
        return Resources.builder().nanoCpus(nanoCpus).cpuShares(shares).cpuQuota(quota).cpuPeriod(period).build();
    }

    private static Resources realtime(Long runtime, Long period) {
        return Resources.builder().cpuRealtimeRuntime(runtime).cpuRealtimePeriod(period).build();
    }

    private static String rejected(Resources resources) {
        return assertThrows(InvalidArgumentException.class, () -> CpuLimits.of(resources, HOST_CPUS)).getMessage();
    }

    @Test
    void nameIsTheKernelName() {
        assertEquals("cpu", controller.name());
    }

    @Test
    void fractionalCpusRoundDown() {
        assertEquals(new CpuLimits(null, 150_000L, 100_000L, null, null),
                CpuLimits.of(cpu(1_500_000_000L, null, null, null), 4));
        assertEquals(new CpuLimits(null, 1_000L, 100_000L, null, null),
                CpuLimits.of(cpu(10_000_000L, null, null, null), 4));
    }

    @Test
    void explicitQuotaPeriodAndSharesPassThrough() {
        LinuxResources out = new LinuxResources();
        controller.contribute(cpu(null, 512L, 20_000L, 50_000L), out);
        assertEquals(new LinuxResources.Cpu(512L, 20_000L, 50_000L, null, null, null, null), out.cpu);
    }

    @Test
    void cpusetFieldsSetEarlierAreKept() {
        LinuxResources out = new LinuxResources();
        out.cpu = new LinuxResources.Cpu(null, null, null, null, null, "0-1", "0");
        controller.contribute(cpu(null, 1024L, null, null), out);
        assertEquals(new LinuxResources.Cpu(1024L, null, null, null, null, "0-1", "0"), out.cpu);
    }

    @Test
    void nothingSetLeavesTheSpecAlone() {
        LinuxResources out = new LinuxResources();
        controller.contribute(cpu(0L, 0L, 0L, 0L), out);
        assertNull(out.cpu);
    }

    @ParameterizedTest
    @CsvSource({"4500000000, 4.5", "-1000000000, -1", "5000000, 0.005"})
    void cpusOutsideHostRangeAreInvalid(long nanoCpus, String shown) {
        assertEquals("invalid --cpus value " + shown + ": range of CPUs is from 0.01 to 4, as there are only 4 CPUs"
                + " available", rejected(cpu(nanoCpus, null, null, null)));
    }

    @Test
    void allHostCpusAreAllowed() {
        assertEquals(400_000L, CpuLimits.of(cpu(4_000_000_000L, null, null, null), HOST_CPUS).quota());
    }

    @Test
    void realControllerChecksAgainstThisHostsCpus() {
        int cpus = Runtime.getRuntime().availableProcessors();
        LinuxResources out = new LinuxResources();
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> controller.contribute(cpu((cpus + 1) * 1_000_000_000L, null, null, null), out));
        assertTrue(e.getMessage().endsWith("only " + cpus + " CPUs available"), e.getMessage());
        assertNull(out.cpu);
    }

    @Test
    void unlimitedQuotaIsAllowed() {
        assertEquals(-1L, CpuLimits.of(cpu(null, null, -1L, null), HOST_CPUS).quota());
    }

    @ParameterizedTest
    @CsvSource({"2, 1", "1024, 39", "262144, 10000"})
    void sharesConvertToWeightWithRuncsFormula(long shares, long weight) {
        assertEquals(weight, CpuLimits.weightOf(shares));
    }

    @Test
    void realtimeRuntimeAndPeriodGoIntoTheSpecWhereTheKernelHasThem() {
        LinuxResources out = new LinuxResources();
        out.cpu = new LinuxResources.Cpu(null, null, null, null, null, "0", null);
        new CpuController(() -> true).contribute(realtime(10_000L, 100_000L), out);
        assertEquals(new LinuxResources.Cpu(null, null, null, 10_000L, 100_000L, "0", null), out.cpu);
    }

    @Test
    void realtimeIsRefusedWhereTheKernelLacksItNamingTheOption() {
        for (var refused : Map.of("Your kernel does not support cgroup cpu real-time runtime: cannot set "
                + "--cpu-rt-runtime 10000", realtime(10_000L, null), "Your kernel does not support cgroup cpu "
                + "real-time period: cannot set --cpu-rt-period 100000", realtime(null, 100_000L)).entrySet()) {
            LinuxResources out = new LinuxResources();
            InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                    () -> controller.contribute(refused.getValue(), out));
            assertEquals(refused.getKey(), e.getMessage());
            assertNull(out.cpu);
        }
    }

    @Test
    void realtimeRuntimeAbovePeriodIsRefusedWhateverTheKernel() {
        assertEquals("invalid --cpu-rt-runtime 200000: cpu real-time runtime cannot be higher than cpu real-time "
                + "period 100000", rejected(realtime(200_000L, 100_000L)));
        assertEquals("invalid --cpu-rt-period -1: must be a positive number of microseconds",
                rejected(realtime(null, -1L)));
    }

    @Test
    void realtimeZeroMeansNotSet() {
        LinuxResources out = new LinuxResources();
        controller.contribute(realtime(0L, 0L), out);
        assertNull(out.cpu);
    }
}
