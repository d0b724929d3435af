package io.gantry.cgroup.cpu.internal;

import io.gantry.api.FailedPreconditionException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.cgroup.CgroupController;
import io.gantry.api.cgroup.CgroupLayout;
import io.gantry.api.cgroup.CgroupVersion;
import io.gantry.api.container.Resources;
import io.gantry.api.oci.LinuxResources;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.osgi.service.component.annotations.Component;

/**
 * The cpu controller: --cpus, --cpu-shares, --cpu-quota, --cpu-period, --cpu-rt-runtime and --cpu-rt-period. On
 * v1 the usage figures come from the cpuacct controller, which may be mounted apart from cpu or together with it.
 */
@Component(service = CgroupController.class)
public class CpuController implements CgroupController {
    static final String NAME = "cpu";
    private static final String CPUACCT = "cpuacct";
    private final BooleanSupplier realtimeSupported;

    public CpuController() {
        this(new RealtimeSupport());
    }

    CpuController(BooleanSupplier realtimeSupported) {
        this.realtimeSupported = realtimeSupported;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void contribute(Resources resources, LinuxResources out) {
        CpuLimits limits = CpuLimits.of(resources, hostCpus());
        if (limits.isEmpty()) {
            return;
        }
        if (limits.hasRealtime() && !realtimeSupported.getAsBoolean()) {
            throw new InvalidArgumentException(RealtimeSupport.unsupported(limits));
        }
        LinuxResources.Cpu cpuset = out.cpu;
        out.cpu = new LinuxResources.Cpu(limits.shares(), limits.quota(), limits.period(), limits.realtimeRuntime(),
                limits.realtimePeriod(), cpuset == null ? null : cpuset.cpus(), cpuset == null ? null : cpuset.mems());
    }

    @Override
    public Map<String, Long> stats(CgroupLayout layout, String cgroupsPath) {
        Map<String, Long> stats = new LinkedHashMap<>();
        layout.dir(NAME, cgroupsPath).ifPresent(dir -> {
            if (layout.version() == CgroupVersion.V2) {
                CpuStats.readV2(dir, stats);
            } else {
                CpuStats.readV1(dir, layout.dir(CPUACCT, cgroupsPath), stats);
            }
        });
        return stats;
    }

    @Override
    public void update(Resources resources, CgroupLayout layout, String cgroupsPath) {
        CpuLimits limits = CpuLimits.of(resources, hostCpus());
        if (limits.isEmpty()) {
            return;
        }
        Path dir = layout.dir(NAME, cgroupsPath).orElseThrow(() -> new FailedPreconditionException(
                "cannot update the CPU limits of " + cgroupsPath + ": the cpu controller is not mounted (" + layout
                        + ")"));
        if (layout.version() == CgroupVersion.V2) {
            CpuUpdater.updateV2(dir, limits);
        } else {
            CpuUpdater.updateV1(dir, limits);
        }
    }

    private static int hostCpus() {
        return Runtime.getRuntime().availableProcessors();
    }
}
