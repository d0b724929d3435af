package io.gantry.api.cgroup;

import io.gantry.api.container.Resources;
import io.gantry.api.oci.LinuxResources;
import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * One cgroup controller (memory, cpu, pids ...): turns the user's limits into {@code linux.resources},
 * reads usage and applies live updates, on both the v1 and the v2 layout.
 */
@ConsumerType
public interface CgroupController {
    /** The controller's kernel name, e.g. "memory". */
    String name();

    /**
     * Validates this controller's fields of {@code resources} and writes them into {@code out}.
     *
     * @throws io.gantry.api.InvalidArgumentException naming the bad value
     */
    void contribute(Resources resources, LinuxResources out);

    /**
     * Usage figures of the cgroup at {@code cgroupsPath} (e.g. memory: usage, limit, oom_kill).
     * Missing files give missing keys, never an error.
     */
    Map<String, Long> stats(CgroupLayout layout, String cgroupsPath);

    /** Writes the changed limits into a live cgroup. */
    void update(Resources resources, CgroupLayout layout, String cgroupsPath);
}
