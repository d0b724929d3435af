package io.gantry.cgroup.memory.internal;

import io.gantry.api.cgroup.CgroupController;
import io.gantry.api.container.Resources;
import io.gantry.api.oci.LinuxResources;
import io.gantry.testkit.conformance.CgroupControllerConformanceTest;
import java.util.Map;

/**
 * The memory controller runs the cgroup controller suite: --memory, --memory-swap, --memory-reservation and
 * --oom-kill-disable in the settings, the other memory options among the invalid ones. This host's kernel memory
 * support is replaced by "none", so that --kernel-memory is refused whatever the host.
 */
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
        return Resources.builder().memoryBytes(memory).memorySwapBytes(swap).build();
    }

    @Override
    protected CgroupController createController() {
        return new MemoryController(() -> false);
    }

    @Override
    protected Resources settings() {
        return memory(256 * MIB, 512 * MIB).toBuilder().memoryReservationBytes(128 * MIB).oomKillDisable(false)
                .build();
    }

    @Override
    protected LinuxResources contributed() {
        LinuxResources out = new LinuxResources();
        out.memory = new LinuxResources.Memory(256 * MIB, 128 * MIB, 512 * MIB, null, null, false);
        return out;
    }

    @Override
    protected Map<String, Long> statsAfterUpdate() {
        return Map.of("limit", 256 * MIB, "reservation", 128 * MIB);
    }

    @Override
    protected Map<String, Resources> invalidSettings() {
        return Map.ofEntries(Map.entry("invalid memory limit -5: minimum memory limit is 6MB", memory(-5L, null)),
                Map.entry("invalid memory limit 6291455: minimum memory limit is 6MB", memory(6 * MIB - 1, null)),
                Map.entry("invalid memory swap limit 33554432", memory(64 * MIB, 32 * MIB)),
                Map.entry("invalid memory swap limit -2", memory(64 * MIB, -2L)),
                Map.entry("Minimum memory limit can not be less than memory reservation limit, see usage.",
                        memory(64 * MIB, null).toBuilder().memoryReservationBytes(65 * MIB).build()),
                Map.entry("invalid memory reservation 1048576: minimum memory reservation is 6MB",
                        Resources.builder().memoryReservationBytes(MIB).build()),
                Map.entry("invalid kernel memory limit 1048576: minimum kernel memory limit is 4MB",
                        Resources.builder().kernelMemoryBytes(MIB).build()),
                Map.entry("cannot set --kernel-memory 67108864",
                        Resources.builder().kernelMemoryBytes(64 * MIB).build()),
                Map.entry("invalid value: 101, valid memory swappiness range is 0-100",
                        Resources.builder().memorySwappiness(101L).build()),
                Map.entry("invalid value: -2, valid memory swappiness range is 0-100",
                        Resources.builder().memorySwappiness(-2L).build()));
    }

    @Override
    protected Map<String, String> v1Files() {
        return Map.of("memory.usage_in_bytes", "3645440\n", "memory.limit_in_bytes", "67108864\n",
                "memory.memsw.limit_in_bytes", "134217728\n", "memory.max_usage_in_bytes", "8388608\n",
                "memory.soft_limit_in_bytes", "9223372036854771712\n", "memory.failcnt", "12\n",
                "memory.oom_control", "oom_kill_disable 0\nunder_oom 0\noom_kill 1\n", "memory.stat", V1_STAT);
    }

    @Override
    protected Map<String, Long> v1Stats() {
        return Map.of("usage", 3645440L, "limit", 67108864L, "reservation", -1L, "max_usage", 8388608L,
                "failcnt", 12L, "oom_kill", 1L, "rss", 1405504L, "cache", 2236992L, "mapped_file", 1181344L,
                "inactive_file", 1181344L);
    }

    @Override
    protected Map<String, String> v2Files() {
        return Map.of("memory.current", "12288000\n", "memory.max", "67108864\n", "memory.swap.max", "max\n",
                "memory.peak", "16777216\n", "memory.events", "low 0\nhigh 0\nmax 3\noom 1\noom_kill 1\noom_group_kill 0\n",
                "memory.low", "0\n", "memory.stat", V2_STAT);
    }

    @Override
    protected Map<String, Long> v2Stats() {
        return Map.ofEntries(Map.entry("usage", 12288000L), Map.entry("limit", 67108864L),
                Map.entry("reservation", 0L), Map.entry("max_usage", 16777216L), Map.entry("failcnt", 3L),
                Map.entry("oom_kill", 1L), Map.entry("oom", 1L), Map.entry("rss", 4096000L),
                Map.entry("cache", 8192000L), Map.entry("mapped_file", 2048000L),
                Map.entry("inactive_file", 6144000L));
    }
}
