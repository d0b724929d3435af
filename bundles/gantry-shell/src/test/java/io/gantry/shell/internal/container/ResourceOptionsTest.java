package io.gantry.shell.internal.container;

import static io.gantry.shell.internal.KarafParsing.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.NamespaceMode;
import io.gantry.api.container.Resources;
import io.gantry.api.container.RestartPolicy;
import io.gantry.api.container.ThrottleDevice;
import io.gantry.api.container.WeightDevice;
import io.gantry.shell.internal.CapturedConsole;
import io.gantry.testkit.fake.FakeContainers;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** container:create's and container:update's resource, OOM and cgroup options. */
class ResourceOptionsTest {
    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();
    private final FakeContainers containers = new FakeContainers();

    @Test
    void everyResourceOptionReachesTheConfig() throws Exception {
        ContainerConfig c = create("-m", "64m", "--memory-swap", "-1", "--memory-reservation", "32m",
                "--kernel-memory", "16m", "--memory-swappiness", "10", "--oom-kill-disable", "--oom-score-adj", "-500",
                "--cpus", "1.5", "--cpu-shares", "512", "--cpu-period", "100000", "--cpu-quota", "50000",
                "--cpu-rt-period", "1000", "--cpu-rt-runtime", "950", "--cpuset-cpus", "0-1", "--cpuset-mems", "0",
                "--pids-limit", "42", "--blkio-weight", "300", "--blkio-weight-device", "/dev/sda:200",
                "--device-read-bps", "/dev/sda:1mb", "--device-write-bps", "/dev/sdb:2k",
                "--device-read-iops", "/dev/sda:100", "--device-write-iops", "/dev/sda:200",
                "--device-cgroup-rule", "c 1:3 rwm", "--cgroup-parent", "/batch", "--cgroupns", "host", "busybox");
        Resources expected = Resources.builder().memoryBytes(64L << 20).memorySwapBytes(-1L)
                .memoryReservationBytes(32L << 20).kernelMemoryBytes(16L << 20).memorySwappiness(10L)
                .oomKillDisable(true).nanoCpus(1_500_000_000L).cpuShares(512L).cpuPeriod(100000L).cpuQuota(50000L)
                .cpuRealtimePeriod(1000L).cpuRealtimeRuntime(950L).cpusetCpus("0-1").cpusetMems("0").pidsLimit(42L)
                .blkioWeight(300L).blkioWeightDevices(List.of(new WeightDevice("/dev/sda", 200)))
                .deviceReadBps(List.of(new ThrottleDevice("/dev/sda", 1L << 20)))
                .deviceWriteBps(List.of(new ThrottleDevice("/dev/sdb", 2048)))
                .deviceReadIops(List.of(new ThrottleDevice("/dev/sda", 100)))
                .deviceWriteIops(List.of(new ThrottleDevice("/dev/sda", 200)))
                .deviceCgroupRules(List.of("c 1:3 rwm")).build();
        assertEquals(expected, c.resources());
        assertEquals(-500, c.oomScoreAdj());
        assertEquals("/batch", c.cgroupParent());
        assertEquals(NamespaceMode.HOST, c.cgroupnsMode());
    }

    @Test
    void swappinessMinusOneIsTheHosts() throws Exception {
        assertEquals(Resources.NONE, create("--memory-swappiness", "-1", "--cgroupns", "private", "busybox")
                .resources());
    }

    @Test
    void badDeviceRatesAndModesAreRefusedByOption() throws Exception {
        assertEquals("invalid --device-read-bps '/dev/sda': expected DEVICE:RATE, e.g. /dev/sda:100",
                refused("--device-read-bps", "/dev/sda", "busybox"));
        assertEquals("invalid --device-write-bps '/dev/sda:lots': bad rate 'lots'",
                refused("--device-write-bps", "/dev/sda:lots", "busybox"));
        assertEquals("invalid --device-read-iops 'sda:10': sda is not an absolute device path",
                refused("--device-read-iops", "sda:10", "busybox"));
        assertEquals("invalid --device-write-iops '/dev/sda:-3': bad rate '-3'",
                refused("--device-write-iops", "/dev/sda:-3", "busybox"));
        assertEquals("invalid --blkio-weight-device '/dev/sda:5': the weight must be between 10 and 1000",
                refused("--blkio-weight-device", "/dev/sda:5", "busybox"));
        assertEquals("invalid --cgroupns mode 'container:x': expected host or private",
                refused("--cgroupns", "container:x", "busybox"));
        assertTrue(containers.created.isEmpty());
    }

    @Test
    void updateSendsTheUpdatableLimitsAndThePolicyToEachContainer() throws Exception {
        containers.create(ContainerConfig.builder("busybox").name("a").build());
        containers.create(ContainerConfig.builder("busybox").name("b").build());
        UpdateCommand update = parse(new UpdateCommand(), "-m", "64m", "--memory-swap", "128m", "--cpuset-cpus", "0",
                "--memory-reservation", "1m", "--cpu-rt-runtime", "10", "--blkio-weight", "500", "--restart",
                "always", "a", "b");
        update.containers = containers;
        update.execute();
        Resources expected = Resources.builder().memoryBytes(64L << 20).memorySwapBytes(128L << 20).cpusetCpus("0")
                .memoryReservationBytes(1L << 20).cpuRealtimeRuntime(10L).blkioWeight(500L).build();
        assertEquals(List.of(expected, expected), containers.updates);
        assertEquals(RestartPolicy.parse("always"), containers.inspect("b").config().restartPolicy());
        assertEquals("a\nb\n", console.out().replace("\r", ""));
    }

    @Test
    void updateWithoutOptionsIsRefused() throws Exception {
        containers.create(ContainerConfig.builder("busybox").name("a").build());
        UpdateCommand update = parse(new UpdateCommand(), "a");
        update.containers = containers;
        assertEquals("you must provide one or more flags when using this command",
                assertThrows(InvalidArgumentException.class, update::execute).getMessage());
        assertTrue(containers.updates.isEmpty());
    }

    private ContainerConfig create(String... args) throws Exception {
        CreateCommand create = parse(new CreateCommand(), args);
        create.containers = containers;
        create.execute();
        return containers.created.get(containers.created.size() - 1);
    }

    private String refused(String... args) throws Exception {
        CreateCommand create = parse(new CreateCommand(), args);
        create.containers = containers;
        return assertThrows(InvalidArgumentException.class, create::execute).getMessage();
    }
}
