package io.gantry.shell.internal.container;

import io.gantry.api.container.Resources;
import io.gantry.shell.internal.args.CpuCount;
import io.gantry.shell.internal.args.MemorySize;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Option;

/** The resource options that container:create, container:run and container:update share. */
abstract class UpdatableResources implements Action {
    @Option(name = "-m", aliases = "--memory", description = "Memory limit, e.g. 512m or 1g")
    String memory;
    @Option(name = "--memory-swap", description = "Memory plus swap limit, e.g. 1g; -1 for unlimited swap")
    String memorySwap;
    @Option(name = "--memory-reservation", description = "Soft memory limit, e.g. 256m")
    String memoryReservation;
    @Option(name = "--kernel-memory", description = "Kernel memory limit, e.g. 64m (where the kernel has it)")
    String kernelMemory;
    @Option(name = "--cpus", description = "Number of CPUs, e.g. 1.5")
    String cpus;
    @Option(name = "--cpu-shares", description = "Relative CPU weight")
    Long cpuShares;
    @Option(name = "--cpu-period", description = "CFS period in microseconds")
    Long cpuPeriod;
    @Option(name = "--cpu-quota", description = "CFS quota in microseconds per period")
    Long cpuQuota;
    @Option(name = "--cpu-rt-period", description = "Real-time period in microseconds")
    Long cpuRtPeriod;
    @Option(name = "--cpu-rt-runtime", description = "Real-time runtime in microseconds per real-time period")
    Long cpuRtRuntime;
    @Option(name = "--cpuset-cpus", description = "CPUs it may run on, e.g. 0-2,4")
    String cpusetCpus;
    @Option(name = "--cpuset-mems", description = "Memory nodes it may use, e.g. 0")
    String cpusetMems;
    @Option(name = "--pids-limit", description = "Maximum number of processes, -1 for unlimited")
    Long pidsLimit;
    @Option(name = "--blkio-weight", description = "Relative block IO weight, 10..1000")
    Long blkioWeight;

    Resources.Builder updatableResources() {
        return Resources.builder().memoryBytes(memory == null ? null : MemorySize.parse(memory))
                .memorySwapBytes(memorySwap == null ? null : MemorySize.parseSwap(memorySwap))
                .memoryReservationBytes(memoryReservation == null ? null : MemorySize.parse(memoryReservation))
                .kernelMemoryBytes(kernelMemory == null ? null : MemorySize.parse(kernelMemory))
                .nanoCpus(cpus == null ? null : CpuCount.toNanoCpus(cpus)).cpuShares(cpuShares)
                .cpuPeriod(cpuPeriod).cpuQuota(cpuQuota).cpuRealtimePeriod(cpuRtPeriod)
                .cpuRealtimeRuntime(cpuRtRuntime).cpusetCpus(cpusetCpus).cpusetMems(cpusetMems)
                .pidsLimit(pidsLimit).blkioWeight(blkioWeight);
    }
}
