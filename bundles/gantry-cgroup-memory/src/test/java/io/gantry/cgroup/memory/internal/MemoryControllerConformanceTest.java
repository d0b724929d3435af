package io.gantry.cgroup.memory.internal;

import io.gantry.api.cgroup.CgroupController;
import io.gantry.api.container.Resources;
import io.gantry.api.oci.LinuxResources;
import io.gantry.testkit.conformance.CgroupControllerConformanceTest;
import java.util.Map;
import java.util.Set;

/** The memory controller runs the cgroup controller suite: --memory and --memory-swap. */
class MemoryControllerConformanceTest extends CgroupControllerConformanceTest {
    private static final long MIB = 1024 * 1024;
    private static final String V1_STAT = """
            cache 1236992
            rss 405504
            rss_huge 0
            shmem 0
            mapped_file 1081344
            inactive_anon 405504
            active_anon 0
            inactive_file 1081344
            active_file 155648
            hierarchical_memory_limit 67108864
            hierarchical_memsw_limit 134217728
            total_cache 2236992
            total_rss 1405504
            total_mapped_file 1181344
            total_inactive_file 1181344
            """;
    private static final String V2_STAT = """
            anon 4096000
            file 8192000
            kernel 1048576
            kernel_stack 16384
            sock 0
            shmem 0
            file_mapped 2048000
            file_dirty 0
            inactive_anon 4096000
            active_anon 0
            inactive_file 6144000
            active_file 2048000
            """;

    static Resources memory(Long memory, Long swap) {
        return new Resources(memory, swap, null, null, null, null, null);
    }

    @Override
    protected CgroupController createController() {
        return new MemoryController();
    }

    @Override
    protected Set<String> ownFields() {
        return Set.of("memoryBytes", "memorySwapBytes");
    }

    @Override
    protected Resources settings() {
        return memory(256 * MIB, 512 * MIB);
    }

    @Override
    protected LinuxResources contributed() {
        LinuxResources out = new LinuxResources();
        out.memory = new LinuxResources.Memory(256 * MIB, null, 512 * MIB, null, null, null);
        return out;
    }

    @Override
    protected Map<String, Long> statsAfterUpdate() {
        return Map.of("limit", 256 * MIB);
    }

    @Override
    protected Map<String, Resources> invalidSettings() {
        return Map.of("invalid memory limit -5: minimum memory limit is 6MB", memory(-5L, null),
                "invalid memory limit 6291455: minimum memory limit is 6MB", memory(6 * MIB - 1, null),
                "invalid memory swap limit 33554432", memory(64 * MIB, 32 * MIB),
                "invalid memory swap limit -2", memory(64 * MIB, -2L));
    }

    @Override
    protected Map<String, String> v1Files() {
        return Map.of("memory.usage_in_bytes", "3645440\n", "memory.limit_in_bytes", "67108864\n",
                "memory.memsw.limit_in_bytes", "134217728\n", "memory.max_usage_in_bytes", "8388608\n",
                "memory.failcnt", "12\n", "memory.oom_control", "oom_kill_disable 0\nunder_oom 0\noom_kill 1\n",
                "memory.stat", V1_STAT);
    }

    @Override
    protected Map<String, Long> v1Stats() {
        return Map.of("usage", 3645440L, "limit", 67108864L, "max_usage", 8388608L, "failcnt", 12L, "oom_kill", 1L,
                "rss", 1405504L, "cache", 2236992L, "mapped_file", 1181344L, "inactive_file", 1181344L);
    }

    @Override
    protected Map<String, String> v2Files() {
        return Map.of("memory.current", "12288000\n", "memory.max", "67108864\n", "memory.swap.max", "max\n",
                "memory.peak", "16777216\n", "memory.events", "low 0\nhigh 0\nmax 3\noom 1\noom_kill 1\noom_group_kill 0\n",
                "memory.stat", V2_STAT);
    }

    @Override
    protected Map<String, Long> v2Stats() {
        return Map.of("usage", 12288000L, "limit", 67108864L, "max_usage", 16777216L, "failcnt", 3L, "oom_kill", 1L,
                "oom", 1L, "rss", 4096000L, "cache", 8192000L, "mapped_file", 2048000L, "inactive_file", 6144000L);
    }
}
