package io.gantry.daemon.internal.route.container;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gantry.api.container.Container;
import io.gantry.api.container.monitor.ContainerStats;
import io.gantry.daemon.internal.host.HostFacts;
import io.gantry.daemon.internal.json.Times;
import java.util.Map;
import java.util.Set;

/** Docker's stats shape, filled from the figures the cgroup controllers read. */
final class StatsJson {
    private static final Set<String> MEMORY_TOP = Set.of("usage", "limit", "max_usage", "failcnt");

    /** One sample of CPU figures, kept to fill the next sample's precpu_stats. */
    record CpuSample(long totalUsage, long kernel, long user, long system) {
        static final CpuSample NONE = new CpuSample(0, 0, 0, 0);
    }

    private final ObjectMapper json;

    StatsJson(ObjectMapper json) {
        this.json = json;
    }

    static CpuSample cpuSample(ContainerStats stats) {
        Map<String, Long> cpu = stats.byController().getOrDefault("cpu", Map.of());
        return new CpuSample(cpu.getOrDefault("usage_ns", 0L), cpu.getOrDefault("system_ns", 0L),
                cpu.getOrDefault("user_ns", 0L), HostFacts.systemCpuNanos());
    }

    ObjectNode render(Container c, ContainerStats stats, CpuSample now, CpuSample before, String preread) {
        ObjectNode o = json.createObjectNode();
        o.put("read", Times.rfc3339(stats.read())).put("preread", preread).put("name", "/" + c.name())
                .put("id", c.id());
        Map<String, Long> pids = stats.byController().getOrDefault("pids", Map.of());
        ObjectNode pidsStats = o.putObject("pids_stats");
        pidsStats.put("current", pids.getOrDefault("current", 0L));
        long pidsLimit = pids.getOrDefault("limit", 0L);
        if (pidsLimit > 0) {
            pidsStats.put("limit", pidsLimit);
        }
        Map<String, Long> memory = stats.byController().getOrDefault("memory", Map.of());
        ObjectNode mem = o.putObject("memory_stats");
        mem.put("usage", memory.getOrDefault("usage", 0L)).put("max_usage", memory.getOrDefault("max_usage", 0L))
                .put("limit", memoryLimit(memory.getOrDefault("limit", -1L)));
        ObjectNode memDetails = mem.putObject("stats");
        memory.forEach((k, v) -> {
            if (!MEMORY_TOP.contains(k) && v >= 0) {
                memDetails.put(k, v);
            }
        });
        o.set("cpu_stats", cpu(now));
        o.set("precpu_stats", cpu(before));
        o.putObject("blkio_stats");
        o.putObject("storage_stats");
        o.putObject("networks");
        o.put("num_procs", 0);
        return o;
    }

    /** The clients decode figures as unsigned: "unlimited" (-1 or huge) becomes the host's memory. */
    private static long memoryLimit(long limit) {
        long host = HostFacts.memTotalBytes();
        return limit <= 0 || limit > host ? host : limit;
    }

    private ObjectNode cpu(CpuSample sample) {
        ObjectNode cpu = json.createObjectNode();
        cpu.putObject("cpu_usage").put("total_usage", sample.totalUsage())
                .put("usage_in_kernelmode", sample.kernel()).put("usage_in_usermode", sample.user());
        cpu.put("system_cpu_usage", sample.system()).put("online_cpus", HostFacts.cpus());
        cpu.putObject("throttling_data").put("periods", 0).put("throttled_periods", 0).put("throttled_time", 0);
        return cpu;
    }
}
