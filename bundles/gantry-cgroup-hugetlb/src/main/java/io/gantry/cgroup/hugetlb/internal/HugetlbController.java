package io.gantry.cgroup.hugetlb.internal;

import io.gantry.api.FailedPreconditionException;
import io.gantry.api.cgroup.CgroupController;
import io.gantry.api.cgroup.CgroupFiles;
import io.gantry.api.cgroup.CgroupLayout;
import io.gantry.api.cgroup.CgroupVersion;
import io.gantry.api.container.HugepageLimit;
import io.gantry.api.container.Resources;
import io.gantry.api.oci.LinuxResources;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;

/** The hugetlb controller: a limit in bytes per huge page size (hugetlb.2MB.limit_in_bytes in v1, .max in v2). */
@Component(service = CgroupController.class)
public class HugetlbController implements CgroupController {
    static final String NAME = "hugetlb";
    private final Path hostPages;

    public HugetlbController() {
        this(HostPageSizes.HOST);
    }

    /** @param hostPages where the host lists its page sizes, /sys/kernel/mm/hugepages outside tests */
    HugetlbController(Path hostPages) {
        this.hostPages = hostPages;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void contribute(Resources resources, LinuxResources out) {
        if (resources.hugepageLimits() == null || resources.hugepageLimits().isEmpty()) {
            return;
        }
        out.hugepageLimits = checked(resources).stream().map(limit -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("pageSize", limit.pageSize());
            entry.put("limit", limit.limit());
            return entry;
        }).toList();
    }

    @Override
    public Map<String, Long> stats(CgroupLayout layout, String cgroupsPath) {
        return layout.dir(NAME, cgroupsPath).map(dir -> HugetlbStats.read(dir, layout.version())).orElse(Map.of());
    }

    @Override
    public void update(Resources resources, CgroupLayout layout, String cgroupsPath) {
        if (resources.hugepageLimits() == null || resources.hugepageLimits().isEmpty()) {
            return;
        }
        List<HugepageLimit> limits = checked(resources);
        Path dir = layout.dir(NAME, cgroupsPath).orElseThrow(() -> new FailedPreconditionException(
                "cannot update the hugetlb limits of " + cgroupsPath + ": the hugetlb controller is not mounted ("
                        + layout + ")"));
        String suffix = layout.version() == CgroupVersion.V1 ? ".limit_in_bytes" : ".max";
        for (HugepageLimit limit : limits) {
            CgroupFiles.write(dir.resolve("hugetlb." + limit.pageSize() + suffix), Long.toString(limit.limit()));
        }
    }

    private List<HugepageLimit> checked(Resources resources) {
        return PageLimits.check(resources.hugepageLimits(), HostPageSizes.under(hostPages));
    }
}
