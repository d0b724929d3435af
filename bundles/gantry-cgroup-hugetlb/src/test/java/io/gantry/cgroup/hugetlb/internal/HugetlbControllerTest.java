package io.gantry.cgroup.hugetlb.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.cgroup.CgroupLayout;
import io.gantry.api.container.HugepageLimit;
import io.gantry.api.container.Resources;
import io.gantry.api.oci.LinuxResources;
import io.gantry.testkit.FakeCgroupDir;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HugetlbControllerTest {
    private static final long PAGE = 2L << 20;
    @TempDir
    Path root;
    @TempDir
    Path hostPages;

    private static Resources limits(HugepageLimit... limits) {
        return Resources.builder().hugepageLimits(List.of(limits)).build();
    }

    @Test
    void namesPageSizesAsTheKernelDoes() {
        assertEquals("2MB", HostPageSizes.name(2048));
        assertEquals("1GB", HostPageSizes.name(1048576));
        assertEquals("64KB", HostPageSizes.name(64));
        assertEquals("16GB", HostPageSizes.name(16L << 20));
        assertEquals(Map.of("2MB", PAGE), HostPageSizes.under(HostPagesFixture.of(hostPages, "hugepages-2048kB",
                "not-a-size")));
    }

    @Test
    void aHostWithoutHugePagesRefusesEveryLimit() {
        HugetlbController controller = new HugetlbController(hostPages.resolve("missing"));
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> controller.contribute(limits(new HugepageLimit("2MB", PAGE)), new LinuxResources()));
        assertEquals("invalid hugepage size '2MB': this host has no huge pages", e.getMessage());
    }

    @Test
    void zeroIsAValidLimitAndAnEmptyListContributesNothing() {
        HugetlbController controller = new HugetlbController(HostPagesFixture.of(hostPages, "hugepages-2048kB"));
        LinuxResources out = new LinuxResources();
        controller.contribute(limits(new HugepageLimit("2MB", 0)), out);
        assertEquals(List.of(Map.of("pageSize", "2MB", "limit", 0L)), out.hugepageLimits);
        LinuxResources none = new LinuxResources();
        controller.contribute(limits(), none);
        assertNull(none.hugepageLimits);
    }

    @Test
    void updatesEachPageSizeOnV2() throws IOException {
        HugetlbController controller = new HugetlbController(
                HostPagesFixture.of(hostPages, "hugepages-2048kB", "hugepages-1048576kB"));
        Path dir = FakeCgroupDir.under(root, Map.of("hugetlb.2MB.max", "max\n", "hugetlb.1GB.max", "max\n"));
        controller.update(limits(new HugepageLimit("2MB", 4 * PAGE), new HugepageLimit("1GB", 1L << 30)),
                CgroupLayout.v2(root), FakeCgroupDir.CGROUPS_PATH);
        assertEquals("8388608", Files.readString(dir.resolve("hugetlb.2MB.max")));
        assertEquals("1073741824", Files.readString(dir.resolve("hugetlb.1GB.max")));
    }

    @Test
    void readsTheHostsRealPageSizes() {
        Map<String, Long> sizes = HostPageSizes.under(HostPageSizes.HOST);
        assumeTrue(!sizes.isEmpty(), "this host lists no huge page sizes");
        sizes.forEach((name, bytes) -> assertTrue(name.matches("[0-9]+[KMG]B") && bytes % 4096 == 0, name));
    }
}
