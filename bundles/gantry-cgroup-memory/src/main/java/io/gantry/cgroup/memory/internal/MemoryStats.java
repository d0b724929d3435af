package io.gantry.cgroup.memory.internal;

import io.gantry.api.cgroup.CgroupFiles;
import java.nio.file.Path;
import java.util.Map;

/**
 * Memory figures under the same keys on both cgroup versions: usage, limit, reservation (the soft limit),
 * max_usage, failcnt (times the limit was hit), oom_kill, oom (v2 only), and rss, cache, mapped_file and
 * inactive_file from memory.stat.
 */
final class MemoryStats {
    private static final Map<String, String> V1_STAT_KEYS = Map.of("total_rss", "rss", "total_cache", "cache",
            "total_mapped_file", "mapped_file", "total_inactive_file", "inactive_file");
    private static final Map<String, String> V2_STAT_KEYS = Map.of("anon", "rss", "file", "cache",
            "file_mapped", "mapped_file", "inactive_file", "inactive_file");

    private MemoryStats() {
    }

    static void readV1(Path dir, Map<String, Long> out) {
        copy(dir.resolve("memory.usage_in_bytes"), "usage", out);
        copy(dir.resolve("memory.limit_in_bytes"), "limit", out);
        copy(dir.resolve(MemoryV1Updater.RESERVATION), "reservation", out);
        copy(dir.resolve("memory.max_usage_in_bytes"), "max_usage", out);
        copy(dir.resolve("memory.failcnt"), "failcnt", out);
        copyKeys(CgroupFiles.readKeyed(dir.resolve("memory.oom_control")), Map.of("oom_kill", "oom_kill"), out);
        copyKeys(CgroupFiles.readKeyed(dir.resolve("memory.stat")), V1_STAT_KEYS, out);
    }

    static void readV2(Path dir, Map<String, Long> out) {
        copy(dir.resolve("memory.current"), "usage", out);
        copy(dir.resolve("memory.max"), "limit", out);
        copy(dir.resolve(MemoryV2Updater.RESERVATION), "reservation", out);
        copy(dir.resolve("memory.peak"), "max_usage", out);
        copyKeys(CgroupFiles.readKeyed(dir.resolve("memory.events")),
                Map.of("max", "failcnt", "oom_kill", "oom_kill", "oom", "oom"), out);
        copyKeys(CgroupFiles.readKeyed(dir.resolve("memory.stat")), V2_STAT_KEYS, out);
    }

    private static void copy(Path file, String key, Map<String, Long> out) {
        CgroupFiles.readLong(file).ifPresent(value -> out.put(key, value));
    }

    private static void copyKeys(Map<String, Long> source, Map<String, String> keys, Map<String, Long> out) {
        keys.forEach((from, to) -> {
            Long value = source.get(from);
            if (value != null) {
                out.put(to, value);
            }
        });
    }
}
