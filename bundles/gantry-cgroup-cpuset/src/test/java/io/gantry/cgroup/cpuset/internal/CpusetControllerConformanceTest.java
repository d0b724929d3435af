package io.gantry.cgroup.cpuset.internal;

import io.gantry.api.cgroup.CgroupController;
import io.gantry.api.container.Resources;
import io.gantry.api.oci.LinuxResources;
import io.gantry.testkit.conformance.CgroupControllerConformanceTest;
import java.util.Map;

/** The cpuset controller runs the cgroup controller suite: --cpuset-cpus and --cpuset-mems on CPU 0, node 0. */
class CpusetControllerConformanceTest extends CgroupControllerConformanceTest {
    static Resources cpuset(String cpus, String mems) {
        return Resources.builder().cpusetCpus(cpus).cpusetMems(mems).build();
    }

    @Override
    protected CgroupController createController() {
        return new CpusetController();
    }

    @Override
    protected Resources settings() {
        return cpuset("0", "0");
    }

    @Override
    protected LinuxResources contributed() {
        LinuxResources out = new LinuxResources();
        out.cpu = new LinuxResources.Cpu(null, null, null, null, null, "0", "0");
        return out;
    }

    @Override
    protected Map<String, Long> statsAfterUpdate() {
        return Map.of("requested_cpus", 1L, "requested_mems", 1L);
    }

    @Override
    protected Map<String, Resources> invalidSettings() {
        return Map.of("invalid value \"0-\" for cpuset cpus", cpuset("0-", null),
                "invalid value \"3-1\" for cpuset cpus", cpuset("3-1", "0"),
                "invalid value \"node0\" for cpuset mems", cpuset(null, "node0"),
                "Requested CPUs are not available - requested 0,4096, available: ", cpuset("0,4096", null),
                "Requested memory nodes are not available - requested 0-63, available: ", cpuset("0", "0-63"));
    }

    @Override
    protected Map<String, String> v1Files() {
        return Map.of("cpuset.cpus", "0-3\n", "cpuset.effective_cpus", "1-3\n", "cpuset.mems", "0-1\n",
                "cpuset.effective_mems", "1\n");
    }

    @Override
    protected Map<String, Long> v1Stats() {
        return Map.of("cpus", 3L, "mems", 1L, "requested_cpus", 4L, "requested_mems", 2L);
    }

    @Override
    protected Map<String, String> v2Files() {
        return Map.of("cpuset.cpus", "\n", "cpuset.cpus.effective", "0-7\n", "cpuset.mems", "\n",
                "cpuset.mems.effective", "0\n");
    }

    @Override
    protected Map<String, Long> v2Stats() {
        return Map.of("cpus", 8L, "mems", 1L, "requested_cpus", 0L, "requested_mems", 0L);
    }
}
