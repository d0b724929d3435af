package io.gantry.api.container;

/**
 * Resource limits as the user gave them; null means "not set". Each cgroup controller validates and
 * applies its own fields.
 *
 * @param memoryBytes hard memory limit
 * @param memorySwapBytes memory plus swap limit, -1 for unlimited swap
 * @param nanoCpus CPU quota in billionths of a CPU (--cpus 1.5 is 1_500_000_000)
 * @param cpuShares relative weight (v1 shares, 2..262144)
 * @param cpuQuota CFS quota in microseconds per period
 * @param cpuPeriod CFS period in microseconds
 * @param pidsLimit maximum number of tasks, -1 or 0 for unlimited
 */
public record Resources(Long memoryBytes, Long memorySwapBytes, Long nanoCpus, Long cpuShares, Long cpuQuota,
        Long cpuPeriod, Long pidsLimit) {
    public static final Resources NONE = new Resources(null, null, null, null, null, null, null);

    public Resources withMemory(Long bytes) {
        return new Resources(bytes, memorySwapBytes, nanoCpus, cpuShares, cpuQuota, cpuPeriod, pidsLimit);
    }

    public Resources withNanoCpus(Long value) {
        return new Resources(memoryBytes, memorySwapBytes, value, cpuShares, cpuQuota, cpuPeriod, pidsLimit);
    }

    public Resources withPidsLimit(Long value) {
        return new Resources(memoryBytes, memorySwapBytes, nanoCpus, cpuShares, cpuQuota, cpuPeriod, value);
    }
}
