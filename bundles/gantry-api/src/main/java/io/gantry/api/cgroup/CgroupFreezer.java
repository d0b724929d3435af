package io.gantry.api.cgroup;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Freezes and thaws every process of a cgroup: the freezer controller on v1 ({@code freezer.state}),
 * {@code cgroup.freeze} on v2. Pause and unpause go through it when one is installed.
 */
@ConsumerType
public interface CgroupFreezer {
    /** Freezes the cgroup and returns once its processes are frozen. */
    void freeze(CgroupLayout layout, String cgroupsPath);

    /** Thaws the cgroup and returns once its processes run again. */
    void thaw(CgroupLayout layout, String cgroupsPath);

    /** Whether the cgroup is frozen now; false when it does not exist. */
    boolean isFrozen(CgroupLayout layout, String cgroupsPath);
}
