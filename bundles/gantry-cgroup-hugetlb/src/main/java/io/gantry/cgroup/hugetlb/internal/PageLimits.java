package io.gantry.cgroup.hugetlb.internal;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.HugepageLimit;
import java.util.List;
import java.util.Map;

/** Checks the user's huge page limits against the page sizes of the host. */
final class PageLimits {
    private PageLimits() {
    }

    /** {@code limits} unchanged once each names a size of {@code hostSizes} and a whole number of its pages. */
    static List<HugepageLimit> check(List<HugepageLimit> limits, Map<String, Long> hostSizes) {
        for (HugepageLimit limit : limits) {
            Long pageBytes = hostSizes.get(limit.pageSize());
            if (pageBytes == null) {
                throw new InvalidArgumentException("invalid hugepage size '" + limit.pageSize() + "': this host has "
                        + (hostSizes.isEmpty() ? "no huge pages" : "huge pages of " + String.join(", ",
                                hostSizes.keySet())));
            }
            if (limit.limit() < 0 || limit.limit() % pageBytes != 0) {
                throw new InvalidArgumentException("invalid hugepage limit " + limit.limit() + " for "
                        + limit.pageSize() + " pages: use a multiple of the page size (" + pageBytes + " bytes), 0 or"
                        + " more");
            }
        }
        return limits;
    }
}
