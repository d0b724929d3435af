package io.gantry.cgroup.cpu.internal;

import io.gantry.api.cgroup.CgroupLayout;
import io.gantry.api.cgroup.CgroupVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/**
 * Whether this host can limit real-time tasks per cgroup: only cgroup v1 with a kernel built with
 * CONFIG_RT_GROUP_SCHED has cpu.rt_runtime_us and cpu.rt_period_us.
 */
final class RealtimeSupport implements BooleanSupplier {
    static final String RUNTIME = "cpu.rt_runtime_us";
    static final String PERIOD = "cpu.rt_period_us";
    private volatile Boolean supported;

    @Override
    public boolean getAsBoolean() {
        Boolean known = supported;
        if (known == null) {
            known = has(CgroupLayout.detect());
            supported = known;
        }
        return known;
    }

    static boolean has(CgroupLayout layout) {
        Path mount = layout.version() == CgroupVersion.V1 ? layout.v1Mounts().get(CpuController.NAME) : null;
        return mount != null && Files.exists(mount.resolve(RUNTIME)) && Files.exists(mount.resolve(PERIOD));
    }

    /** Docker's words for a kernel without them, naming the option that asked. */
    static String unsupported(CpuLimits limits) {
        return limits.realtimeRuntime() != null
                ? "Your kernel does not support cgroup cpu real-time runtime: cannot set --cpu-rt-runtime "
                        + limits.realtimeRuntime()
                : "Your kernel does not support cgroup cpu real-time period: cannot set --cpu-rt-period "
                        + limits.realtimePeriod();
    }
}
