package io.gantry.cgroup.pids.internal;

import io.gantry.api.cgroup.CgroupController;
import io.gantry.api.container.Resources;
import io.gantry.api.oci.LinuxResources;
import io.gantry.testkit.conformance.CgroupControllerConformanceTest;
import java.util.Map;

/** The pids controller runs the cgroup controller suite: --pids-limit. */
class PidsControllerConformanceTest extends CgroupControllerConformanceTest {
    @Override
    protected CgroupController createController() {
        return new PidsController();
    }

    @Override
    protected Resources settings() {
        return Resources.NONE.withPidsLimit(20L);
    }

    @Override
    protected LinuxResources contributed() {
        LinuxResources out = new LinuxResources();
        out.pids = new LinuxResources.Pids(20);
        return out;
    }

    @Override
    protected Map<String, Long> statsAfterUpdate() {
        return Map.of("limit", 20L);
    }

    @Override
    protected Map<String, Resources> invalidSettings() {
        return Map.of("invalid pids limit -5", Resources.NONE.withPidsLimit(-5L));
    }

    @Override
    protected Map<String, String> v1Files() {
        return Map.of("pids.max", "512\n", "pids.current", "7\n");
    }

    @Override
    protected Map<String, Long> v1Stats() {
        return Map.of("current", 7L, "limit", 512L);
    }

    @Override
    protected Map<String, String> v2Files() {
        return Map.of("pids.max", "max\n", "pids.current", "3\n");
    }

    @Override
    protected Map<String, Long> v2Stats() {
        return Map.of("current", 3L, "limit", -1L);
    }
}
