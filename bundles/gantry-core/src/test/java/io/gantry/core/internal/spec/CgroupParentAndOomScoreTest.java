package io.gantry.core.internal.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.oci.Spec;
import io.gantry.core.internal.TestCoreConfig;
import io.gantry.core.internal.settings.Defaults;
import org.junit.jupiter.api.Test;

/** --cgroup-parent and --oom-score-adj: checked at create, then in the cgroups path and the process. */
class CgroupParentAndOomScoreTest {
    private final Defaults defaults = Defaults.of(TestCoreConfig.defaults());

    @Test
    void theContainersOwnParentWinsOverTheEngines() {
        assertEquals("/gantry/abc", defaults.cgroupsPath(null, "abc"));
        assertEquals("/batch/abc", defaults.cgroupsPath("/batch", "abc"));
        assertEquals("/batch/jobs/abc", defaults.cgroupsPath("batch/jobs/", "abc"), "relative starts at the root");
        assertEquals("/abc", defaults.cgroupsPath("/", "abc"));
    }

    @Test
    void aParentThatClimbsOutIsRefusedAtCreate() {
        for (String bad : new String[] {"../escape", "/a/../../b", "a/./b"}) {
            InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> HostConfigSpec.check(
                    ContainerConfig.builder("busybox").cgroupParent(bad).build(), ""));
            assertEquals("invalid --cgroup-parent '" + bad + "': it may not contain '.' or '..' segments",
                    e.getMessage());
        }
    }

    @Test
    void oomScoreOutsideTheKernelsRangeIsRefusedInDockersWords() {
        for (int bad : new int[] {-1001, 1001}) {
            InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> HostConfigSpec.check(
                    ContainerConfig.builder("busybox").oomScoreAdj(bad).build(), ""));
            assertEquals("Invalid value " + bad + ", range for oom score adj is [-1000, 1000]", e.getMessage());
        }
        HostConfigSpec.check(ContainerConfig.builder("busybox").oomScoreAdj(-1000).cgroupParent("/ok").build(), "");
    }

    @Test
    void theScoreReachesTheProcessOnlyWhenGiven() {
        Spec spec = new Spec();
        OomScoreAdj.apply(spec, null);
        assertNull(spec.process.oomScoreAdj);
        OomScoreAdj.apply(spec, 500);
        assertEquals(500, spec.process.oomScoreAdj);
    }
}
