package io.gantry.cgroup.cpuset.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.cgroup.CgroupController;
import io.gantry.api.cgroup.CgroupLayout;
import io.gantry.api.container.Resources;
import io.gantry.api.oci.LinuxResources;
import io.gantry.cgroup.cpu.internal.CpuController;
import io.gantry.testkit.KernelCgroup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CpusetControllerTest {
    private static final Resources CPU_AND_CPUSET = Resources.builder().cpuShares(512L).cpuQuota(50_000L)
            .cpuPeriod(100_000L).cpusetCpus("0").cpusetMems("0").build();
    private static final LinuxResources.Cpu BOTH_PARTS = new LinuxResources.Cpu(512L, 50_000L, 100_000L, null,
            null, "0", "0");
    @TempDir
    Path sysfs;

    private static LinuxResources contributeInOrder(List<CgroupController> controllers) {
        LinuxResources out = new LinuxResources();
        controllers.forEach(c -> c.contribute(CPU_AND_CPUSET, out));
        return out;
    }

    @Test
    void keepsWhatTheCpuControllerWroteWhicheverRunsFirst() {
        CgroupController cpu = new CpuController();
        CgroupController cpuset = new CpusetController();
        assertEquals(BOTH_PARTS, contributeInOrder(List.of(cpu, cpuset)).cpu);
        assertEquals(BOTH_PARTS, contributeInOrder(List.of(cpuset, cpu)).cpu);
    }

    @Test
    void setsOnlyThePartItIsGiven() {
        LinuxResources out = new LinuxResources();
        out.cpu = new LinuxResources.Cpu(null, null, null, 950_000L, 1_000_000L, "0", "0");
        new CpusetController().contribute(Resources.builder().cpusetMems("0").build(), out);
        assertEquals(new LinuxResources.Cpu(null, null, null, 950_000L, 1_000_000L, "0", "0"), out.cpu);
    }

    @Test
    void checksAgainstTheGivenSysfs() throws IOException {
        Files.createDirectories(sysfs.resolve("cpu"));
        Files.writeString(sysfs.resolve("cpu/online"), "0-63\n");
        CpusetController controller = new CpusetController(sysfs);
        LinuxResources out = new LinuxResources();
        controller.contribute(Resources.builder().cpusetCpus("32-63").build(), out);
        assertEquals("32-63", out.cpu.cpus());
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> controller.contribute(Resources.builder().cpusetMems("1").build(), new LinuxResources()));
        assertEquals("Requested memory nodes are not available - requested 1, available: 0", e.getMessage());
    }

    @Test
    void aRealCgroupShowsItsEffectiveCpus() throws IOException {
        CgroupLayout layout = CgroupLayout.detect();
        CpusetController controller = new CpusetController();
        try (KernelCgroup cgroup = KernelCgroup.create("cpuset")) {
            assertEquals(Map.of("cpus", 0L, "mems", 0L, "requested_cpus", 0L, "requested_mems", 0L),
                    controller.stats(layout, cgroup.cgroupsPath()), "a new v1 cpuset starts empty");
            controller.update(Resources.builder().cpusetCpus("0").cpusetMems("0").build(), layout,
                    cgroup.cgroupsPath());
            assertEquals(Map.of("cpus", 1L, "mems", 1L, "requested_cpus", 1L, "requested_mems", 1L),
                    controller.stats(layout, cgroup.cgroupsPath()));
            cgroup.awaitMember(cgroup.startMember("exec /bin/busybox sleep 60"));
            assertEquals("0", Files.readString(cgroup.dir("cpuset").resolve("cpuset.cpus")).trim());
        }
    }
}
