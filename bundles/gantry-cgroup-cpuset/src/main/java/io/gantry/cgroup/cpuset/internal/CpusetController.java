package io.gantry.cgroup.cpuset.internal;

import io.gantry.api.FailedPreconditionException;
import io.gantry.api.cgroup.CgroupController;
import io.gantry.api.cgroup.CgroupFiles;
import io.gantry.api.cgroup.CgroupLayout;
import io.gantry.api.cgroup.CgroupVersion;
import io.gantry.api.container.Resources;
import io.gantry.api.oci.LinuxResources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.osgi.service.component.annotations.Component;

/**
 * The cpuset controller: --cpuset-cpus and --cpuset-mems, checked against the host's online CPUs and memory
 * nodes. Its part of linux.resources.cpu is cpus and mems; the cpu controller owns the rest of that record.
 * Stats, as counts: "cpus" and "mems" that the cgroup may use (the effective sets), "requested_cpus" and
 * "requested_mems" that it was given (0 when none: a new v1 cgroup starts empty, a v2 one inherits).
 */
@Component(service = CgroupController.class)
public class CpusetController implements CgroupController {
    static final String NAME = "cpuset";
    private final HostCpuset host;

    public CpusetController() {
        this(HostCpuset.SYSFS);
    }

    /** @param sysfs where cpu/online and node/online are, /sys/devices/system on a host */
    CpusetController(Path sysfs) {
        this.host = new HostCpuset(sysfs);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void contribute(Resources resources, LinuxResources out) {
        String cpus = host.checkCpus(resources.cpusetCpus());
        String mems = host.checkMems(resources.cpusetMems());
        if (cpus == null && mems == null) {
            return;
        }
        LinuxResources.Cpu cpu = out.cpu;
        out.cpu = cpu == null ? new LinuxResources.Cpu(null, null, null, null, null, cpus, mems)
                : new LinuxResources.Cpu(cpu.shares(), cpu.quota(), cpu.period(), cpu.realtimeRuntime(),
                        cpu.realtimePeriod(), cpus != null ? cpus : cpu.cpus(), mems != null ? mems : cpu.mems());
    }

    @Override
    public Map<String, Long> stats(CgroupLayout layout, String cgroupsPath) {
        Map<String, Long> stats = new LinkedHashMap<>();
        layout.dir(NAME, cgroupsPath).ifPresent(dir -> {
            boolean v2 = layout.version() == CgroupVersion.V2;
            count(dir.resolve(v2 ? "cpuset.cpus.effective" : "cpuset.effective_cpus"), "cpus", stats);
            count(dir.resolve(v2 ? "cpuset.mems.effective" : "cpuset.effective_mems"), "mems", stats);
            count(dir.resolve("cpuset.cpus"), "requested_cpus", stats);
            count(dir.resolve("cpuset.mems"), "requested_mems", stats);
        });
        return stats;
    }

    /** The file names are the same on v1 and v2. */
    @Override
    public void update(Resources resources, CgroupLayout layout, String cgroupsPath) {
        String cpus = host.checkCpus(resources.cpusetCpus());
        String mems = host.checkMems(resources.cpusetMems());
        if (cpus == null && mems == null) {
            return;
        }
        Path dir = layout.dir(NAME, cgroupsPath).orElseThrow(() -> new FailedPreconditionException(
                "cannot update the cpuset of " + cgroupsPath + ": the cpuset controller is not mounted (" + layout
                        + ")"));
        if (cpus != null) {
            CgroupFiles.write(dir.resolve("cpuset.cpus"), cpus);
        }
        if (mems != null) {
            CgroupFiles.write(dir.resolve("cpuset.mems"), mems);
        }
    }

    private static void count(Path file, String key, Map<String, Long> stats) {
        try {
            CpuList.parse(Files.readString(file)).ifPresent(ids -> stats.put(key, (long) ids.cardinality()));
        } catch (IOException e) {
            // a missing file is a missing figure
        }
    }
}
