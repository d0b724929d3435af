package io.gantry.cgroup.hugetlb.internal;

import io.gantry.api.cgroup.CgroupFiles;
import io.gantry.api.cgroup.CgroupVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads "&lt;size&gt;.usage", ".max_usage", ".limit" and ".failcnt" of each page size a cgroup has files for. */
final class HugetlbStats {
    private static final Pattern V1 = Pattern.compile(
            "hugetlb\\.([0-9]+[KMGTP]B)\\.(usage_in_bytes|max_usage_in_bytes|limit_in_bytes|failcnt)");
    private static final Pattern V2 = Pattern.compile("hugetlb\\.([0-9]+[KMGTP]B)\\.(current|max|events)");
    private static final Map<String, String> FIGURES = Map.of("usage_in_bytes", "usage", "max_usage_in_bytes",
            "max_usage", "limit_in_bytes", "limit", "failcnt", "failcnt", "current", "usage", "max", "limit");

    private HugetlbStats() {
    }

    static Map<String, Long> read(Path dir, CgroupVersion version) {
        Map<String, Long> stats = new TreeMap<>();
        Pattern files = version == CgroupVersion.V1 ? V1 : V2;
        try (Stream<Path> entries = Files.list(dir)) {
            entries.forEach(file -> {
                Matcher m = files.matcher(file.getFileName().toString());
                if (m.matches()) {
                    String size = m.group(1);
                    if (m.group(2).equals("events")) {
                        Long failed = CgroupFiles.readKeyed(file).get("max");
                        if (failed != null) {
                            stats.put(size + ".failcnt", failed);
                        }
                    } else {
                        CgroupFiles.readLong(file).ifPresent(v -> stats.put(size + "." + FIGURES.get(m.group(2)), v));
                    }
                }
            });
        } catch (IOException e) {
            return Map.of();
        }
        return stats;
    }
}
