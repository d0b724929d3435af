package io.gantry.cgroup.hugetlb.internal;

import io.gantry.api.cgroup.CgroupController;
import io.gantry.api.container.HugepageLimit;
import io.gantry.api.container.Resources;
import io.gantry.api.oci.LinuxResources;
import io.gantry.testkit.conformance.CgroupControllerConformanceTest;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/** The hugetlb controller runs the cgroup controller suite: huge page limits on a host with 2MB and 1GB pages. */
class HugetlbControllerConformanceTest extends CgroupControllerConformanceTest {
    private static final long PAGE = 2L << 20;
    @TempDir
    Path hostPages;

    @Override
    protected CgroupController createController() {
        return new HugetlbController(HostPagesFixture.of(hostPages, "hugepages-2048kB", "hugepages-1048576kB"));
    }

    private static Resources limits(HugepageLimit... limits) {
        return Resources.builder().hugepageLimits(List.of(limits)).build();
    }

    @Override
    protected Resources settings() {
        return limits(new HugepageLimit("2MB", 2 * PAGE));
    }

    @Override
    protected LinuxResources contributed() {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("pageSize", "2MB");
        entry.put("limit", 2 * PAGE);
        LinuxResources out = new LinuxResources();
        out.hugepageLimits = List.of(entry);
        return out;
    }

    @Override
    protected Map<String, Long> statsAfterUpdate() {
        return Map.of("2MB.limit", 2 * PAGE);
    }

    @Override
    protected Map<String, Resources> invalidSettings() {
        return Map.of("invalid hugepage size '3MB': this host has huge pages of 1GB, 2MB",
                limits(new HugepageLimit("3MB", PAGE)),
                "invalid hugepage limit 1000 for 2MB pages",
                limits(new HugepageLimit("2MB", PAGE), new HugepageLimit("2MB", 1000)),
                "invalid hugepage limit -1073741824 for 1GB pages", limits(new HugepageLimit("1GB", -(1L << 30))));
    }

    @Override
    protected Map<String, String> v1Files() {
        return Map.of("hugetlb.2MB.limit_in_bytes", "9223372036854771712\n", "hugetlb.2MB.usage_in_bytes", "2097152\n",
                "hugetlb.2MB.max_usage_in_bytes", "4194304\n", "hugetlb.2MB.failcnt", "1\n",
                "hugetlb.2MB.rsvd.limit_in_bytes", "9223372036854771712\n");
    }

    @Override
    protected Map<String, Long> v1Stats() {
        return Map.of("2MB.limit", -1L, "2MB.usage", PAGE, "2MB.max_usage", 2 * PAGE, "2MB.failcnt", 1L);
    }

    @Override
    protected Map<String, String> v2Files() {
        return Map.of("hugetlb.2MB.max", "max\n", "hugetlb.2MB.current", "2097152\n", "hugetlb.2MB.events", "max 3\n",
                "hugetlb.2MB.rsvd.max", "max\n", "hugetlb.1GB.max", "0\n");
    }

    @Override
    protected Map<String, Long> v2Stats() {
        return Map.of("2MB.limit", -1L, "2MB.usage", PAGE, "2MB.failcnt", 3L, "1GB.limit", 0L);
    }
}
