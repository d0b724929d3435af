package io.gantry.api.container;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resource limits as the user gave them, as in the Docker API's HostConfig; null means "not set" (an empty list
 * set to nothing). Each cgroup controller validates and applies its own fields; {@link #askedControllers()} says
 * which controller owns which. Build one with {@link #builder()}.
 *
 * @param memoryBytes hard memory limit
 * @param memorySwapBytes memory plus swap limit, -1 for unlimited swap
 * @param memoryReservationBytes soft memory limit
 * @param kernelMemoryBytes kernel memory limit (deprecated by Docker, refused where the kernel lacks it)
 * @param memorySwappiness 0..100, -1 for the host's
 * @param oomKillDisable keep the OOM killer away from the container's processes
 * @param nanoCpus CPU quota in billionths of a CPU (--cpus 1.5 is 1_500_000_000)
 * @param cpuShares relative weight (v1 shares, 2..262144)
 * @param cpuQuota CFS quota in microseconds per period
 * @param cpuPeriod CFS period in microseconds
 * @param cpuRealtimeRuntime real-time runtime in microseconds per real-time period
 * @param cpuRealtimePeriod real-time period in microseconds
 * @param cpusetCpus the CPUs it may run on, as "0-2,4"
 * @param cpusetMems the memory nodes it may use, as "0"
 * @param pidsLimit maximum number of tasks, -1 or 0 for unlimited
 * @param blkioWeight relative block IO weight, 10..1000
 * @param blkioWeightDevices per-device block IO weights
 * @param deviceReadBps per-device read limits in bytes per second
 * @param deviceWriteBps per-device write limits in bytes per second
 * @param deviceReadIops per-device read limits in operations per second
 * @param deviceWriteIops per-device write limits in operations per second
 * @param hugepageLimits huge page limits by page size
 * @param deviceCgroupRules more device cgroup rules, as "c 1:3 rwm"
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Resources(Long memoryBytes, Long memorySwapBytes, Long memoryReservationBytes, Long kernelMemoryBytes,
        Long memorySwappiness, Boolean oomKillDisable, Long nanoCpus, Long cpuShares, Long cpuQuota, Long cpuPeriod,
        Long cpuRealtimeRuntime, Long cpuRealtimePeriod, String cpusetCpus, String cpusetMems, Long pidsLimit,
        Long blkioWeight, List<WeightDevice> blkioWeightDevices, List<ThrottleDevice> deviceReadBps,
        List<ThrottleDevice> deviceWriteBps, List<ThrottleDevice> deviceReadIops,
        List<ThrottleDevice> deviceWriteIops, List<HugepageLimit> hugepageLimits, List<String> deviceCgroupRules) {
    public static final Resources NONE = builder().build();

    /** The fields a live update may change, as Docker's update does; the others need a new container. */
    public static final Set<String> UPDATABLE = Set.of("memoryBytes", "memorySwapBytes", "memoryReservationBytes",
            "kernelMemoryBytes", "nanoCpus", "cpuShares", "cpuQuota", "cpuPeriod", "cpuRealtimeRuntime",
            "cpuRealtimePeriod", "cpusetCpus", "cpusetMems", "pidsLimit", "blkioWeight");

    public Resources {
        blkioWeightDevices = copy(blkioWeightDevices);
        deviceReadBps = copy(deviceReadBps);
        deviceWriteBps = copy(deviceWriteBps);
        deviceReadIops = copy(deviceReadIops);
        deviceWriteIops = copy(deviceWriteIops);
        hugepageLimits = copy(hugepageLimits);
        deviceCgroupRules = copy(deviceCgroupRules);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return builder().memoryBytes(memoryBytes).memorySwapBytes(memorySwapBytes)
                .memoryReservationBytes(memoryReservationBytes).kernelMemoryBytes(kernelMemoryBytes)
                .memorySwappiness(memorySwappiness).oomKillDisable(oomKillDisable).nanoCpus(nanoCpus)
                .cpuShares(cpuShares).cpuQuota(cpuQuota).cpuPeriod(cpuPeriod).cpuRealtimeRuntime(cpuRealtimeRuntime)
                .cpuRealtimePeriod(cpuRealtimePeriod).cpusetCpus(cpusetCpus).cpusetMems(cpusetMems)
                .pidsLimit(pidsLimit).blkioWeight(blkioWeight).blkioWeightDevices(blkioWeightDevices)
                .deviceReadBps(deviceReadBps).deviceWriteBps(deviceWriteBps).deviceReadIops(deviceReadIops)
                .deviceWriteIops(deviceWriteIops).hugepageLimits(hugepageLimits).deviceCgroupRules(deviceCgroupRules);
    }

    public Resources withMemory(Long bytes) {
        return toBuilder().memoryBytes(bytes).build();
    }

    public Resources withNanoCpus(Long value) {
        return toBuilder().nanoCpus(value).build();
    }

    public Resources withPidsLimit(Long value) {
        return toBuilder().pidsLimit(value).build();
    }

    /** These limits with every field {@code changes} sets replaced; the fields it leaves unset stay. */
    public Resources merge(Resources changes) {
        return new Resources(pick(changes.memoryBytes, memoryBytes), pick(changes.memorySwapBytes, memorySwapBytes),
                pick(changes.memoryReservationBytes, memoryReservationBytes),
                pick(changes.kernelMemoryBytes, kernelMemoryBytes), pick(changes.memorySwappiness, memorySwappiness),
                pick(changes.oomKillDisable, oomKillDisable), pick(changes.nanoCpus, nanoCpus),
                pick(changes.cpuShares, cpuShares), pick(changes.cpuQuota, cpuQuota),
                pick(changes.cpuPeriod, cpuPeriod), pick(changes.cpuRealtimeRuntime, cpuRealtimeRuntime),
                pick(changes.cpuRealtimePeriod, cpuRealtimePeriod), pick(changes.cpusetCpus, cpusetCpus),
                pick(changes.cpusetMems, cpusetMems), pick(changes.pidsLimit, pidsLimit),
                pick(changes.blkioWeight, blkioWeight), pick(changes.blkioWeightDevices, blkioWeightDevices),
                pick(changes.deviceReadBps, deviceReadBps), pick(changes.deviceWriteBps, deviceWriteBps),
                pick(changes.deviceReadIops, deviceReadIops), pick(changes.deviceWriteIops, deviceWriteIops),
                pick(changes.hugepageLimits, hugepageLimits), pick(changes.deviceCgroupRules, deviceCgroupRules));
    }

    /** The names of the fields that are set, in declaration order. */
    public Set<String> setFields() {
        Set<String> set = new LinkedHashSet<>();
        Object[] values = {memoryBytes, memorySwapBytes, memoryReservationBytes, kernelMemoryBytes, memorySwappiness,
            oomKillDisable, nanoCpus, cpuShares, cpuQuota, cpuPeriod, cpuRealtimeRuntime, cpuRealtimePeriod,
            cpusetCpus, cpusetMems, pidsLimit, blkioWeight, blkioWeightDevices, deviceReadBps, deviceWriteBps,
            deviceReadIops, deviceWriteIops, hugepageLimits, deviceCgroupRules};
        var components = Resources.class.getRecordComponents();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                set.add(components[i].getName());
            }
        }
        return set;
    }

    /**
     * The cgroup controllers these limits need, each under the setting that asks for it (e.g. "memory limit" to
     * memory). The one place that knows which controller owns which field.
     */
    public Map<String, String> askedControllers() {
        Map<String, String> asked = new LinkedHashMap<>();
        Set<String> set = setFields();
        for (Map.Entry<String, List<String>> owner : OWNERS.entrySet()) {
            if (owner.getValue().stream().anyMatch(set::contains)) {
                asked.put(owner.getKey() + " limit", owner.getKey());
            }
        }
        return asked;
    }

    /** The fields of {@code controller}, e.g. memory's memoryBytes ... oomKillDisable. */
    public static List<String> fieldsOf(String controller) {
        return OWNERS.getOrDefault(controller, List.of());
    }

    private static final Map<String, List<String>> OWNERS = owners();

    private static Map<String, List<String>> owners() {
        Map<String, List<String>> owners = new LinkedHashMap<>();
        owners.put("memory", List.of("memoryBytes", "memorySwapBytes", "memoryReservationBytes", "kernelMemoryBytes",
                "memorySwappiness", "oomKillDisable"));
        owners.put("cpu", List.of("nanoCpus", "cpuShares", "cpuQuota", "cpuPeriod", "cpuRealtimeRuntime",
                "cpuRealtimePeriod"));
        owners.put("cpuset", List.of("cpusetCpus", "cpusetMems"));
        owners.put("pids", List.of("pidsLimit"));
        owners.put("blkio", List.of("blkioWeight", "blkioWeightDevices", "deviceReadBps", "deviceWriteBps",
                "deviceReadIops", "deviceWriteIops"));
        owners.put("hugetlb", List.of("hugepageLimits"));
        owners.put("devices", List.of("deviceCgroupRules"));
        return java.util.Collections.unmodifiableMap(owners);
    }

    private static <T> T pick(T changed, T old) {
        return changed != null ? changed : old;
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? null : List.copyOf(list);
    }

    /** Collects the fields of a {@link Resources}; unset ones stay null. */
    public static final class Builder {
        private Long memoryBytes;
        private Long memorySwapBytes;
        private Long memoryReservationBytes;
        private Long kernelMemoryBytes;
        private Long memorySwappiness;
        private Boolean oomKillDisable;
        private Long nanoCpus;
        private Long cpuShares;
        private Long cpuQuota;
        private Long cpuPeriod;
        private Long cpuRealtimeRuntime;
        private Long cpuRealtimePeriod;
        private String cpusetCpus;
        private String cpusetMems;
        private Long pidsLimit;
        private Long blkioWeight;
        private List<WeightDevice> blkioWeightDevices;
        private List<ThrottleDevice> deviceReadBps;
        private List<ThrottleDevice> deviceWriteBps;
        private List<ThrottleDevice> deviceReadIops;
        private List<ThrottleDevice> deviceWriteIops;
        private List<HugepageLimit> hugepageLimits;
        private List<String> deviceCgroupRules;

        private Builder() {
        }

        public Builder memoryBytes(Long v) { memoryBytes = v; return this; }
        public Builder memorySwapBytes(Long v) { memorySwapBytes = v; return this; }
        public Builder memoryReservationBytes(Long v) { memoryReservationBytes = v; return this; }
        public Builder kernelMemoryBytes(Long v) { kernelMemoryBytes = v; return this; }
        public Builder memorySwappiness(Long v) { memorySwappiness = v; return this; }
        public Builder oomKillDisable(Boolean v) { oomKillDisable = v; return this; }
        public Builder nanoCpus(Long v) { nanoCpus = v; return this; }
        public Builder cpuShares(Long v) { cpuShares = v; return this; }
        public Builder cpuQuota(Long v) { cpuQuota = v; return this; }
        public Builder cpuPeriod(Long v) { cpuPeriod = v; return this; }
        public Builder cpuRealtimeRuntime(Long v) { cpuRealtimeRuntime = v; return this; }
        public Builder cpuRealtimePeriod(Long v) { cpuRealtimePeriod = v; return this; }
        public Builder cpusetCpus(String v) { cpusetCpus = v; return this; }
        public Builder cpusetMems(String v) { cpusetMems = v; return this; }
        public Builder pidsLimit(Long v) { pidsLimit = v; return this; }
        public Builder blkioWeight(Long v) { blkioWeight = v; return this; }
        public Builder blkioWeightDevices(List<WeightDevice> v) { blkioWeightDevices = v; return this; }
        public Builder deviceReadBps(List<ThrottleDevice> v) { deviceReadBps = v; return this; }
        public Builder deviceWriteBps(List<ThrottleDevice> v) { deviceWriteBps = v; return this; }
        public Builder deviceReadIops(List<ThrottleDevice> v) { deviceReadIops = v; return this; }
        public Builder deviceWriteIops(List<ThrottleDevice> v) { deviceWriteIops = v; return this; }
        public Builder hugepageLimits(List<HugepageLimit> v) { hugepageLimits = v; return this; }
        public Builder deviceCgroupRules(List<String> v) { deviceCgroupRules = v; return this; }

        public Resources build() {
            return new Resources(memoryBytes, memorySwapBytes, memoryReservationBytes, kernelMemoryBytes,
                    memorySwappiness, oomKillDisable, nanoCpus, cpuShares, cpuQuota, cpuPeriod, cpuRealtimeRuntime,
                    cpuRealtimePeriod, cpusetCpus, cpusetMems, pidsLimit, blkioWeight, blkioWeightDevices,
                    deviceReadBps, deviceWriteBps, deviceReadIops, deviceWriteIops, hugepageLimits,
                    deviceCgroupRules);
        }
    }
}
