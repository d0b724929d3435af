package io.gantry.cgroup.pids.internal;

import io.gantry.api.FailedPreconditionException;
import io.gantry.api.cgroup.CgroupController;
import io.gantry.api.cgroup.CgroupFiles;
import io.gantry.api.cgroup.CgroupLayout;
import io.gantry.api.container.Resources;
import io.gantry.api.oci.LinuxResources;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.osgi.service.component.annotations.Component;

/** The pids controller: caps the number of tasks. Its files (pids.max, pids.current) are the same in v1 and v2. */
@Component(service = CgroupController.class)
public class PidsController implements CgroupController {
    static final String NAME = "pids";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void contribute(Resources resources, LinuxResources out) {
        OptionalLong limit = PidsLimit.of(resources.pidsLimit());
        if (limit.isPresent() && limit.getAsLong() != PidsLimit.UNLIMITED) {
            out.pids = new LinuxResources.Pids(limit.getAsLong());
        }
    }

    @Override
    public Map<String, Long> stats(CgroupLayout layout, String cgroupsPath) {
        Map<String, Long> stats = new LinkedHashMap<>();
        layout.dir(NAME, cgroupsPath).ifPresent(dir -> {
            CgroupFiles.readLong(dir.resolve("pids.current")).ifPresent(v -> stats.put("current", v));
            CgroupFiles.readLong(dir.resolve("pids.max")).ifPresent(v -> stats.put("limit", v));
        });
        return stats;
    }

    @Override
    public void update(Resources resources, CgroupLayout layout, String cgroupsPath) {
        OptionalLong limit = PidsLimit.of(resources.pidsLimit());
        if (limit.isEmpty()) {
            return;
        }
        Path dir = layout.dir(NAME, cgroupsPath).orElseThrow(() -> new FailedPreconditionException(
                "cannot update the pids limit of " + cgroupsPath + ": the pids controller is not mounted (" + layout
                        + ")"));
        long value = limit.getAsLong();
        CgroupFiles.write(dir.resolve("pids.max"), value == PidsLimit.UNLIMITED ? "max" : Long.toString(value));
    }
}
