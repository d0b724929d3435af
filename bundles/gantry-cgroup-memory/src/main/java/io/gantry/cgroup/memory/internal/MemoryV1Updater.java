package io.gantry.cgroup.memory.internal;

import io.gantry.api.FailedPreconditionException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.cgroup.CgroupFiles;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes new limits into a live v1 memory cgroup; values not given keep their current setting. Every check runs
 * before the first write, so a refused update changes nothing.
 */
final class MemoryV1Updater {
    private static final String MEMORY = "memory.limit_in_bytes";
    private static final String SWAP = "memory.memsw.limit_in_bytes";
    static final String RESERVATION = "memory.soft_limit_in_bytes";
    private static final String SWAPPINESS = "memory.swappiness";
    private static final String OOM_CONTROL = "memory.oom_control";

    private MemoryV1Updater() {
    }

    static void update(Path dir, MemoryLimits limits) {
        long currentMemory = MemoryFiles.read(dir.resolve(MEMORY));
        if (limits.swap() != null && !Files.exists(dir.resolve(SWAP))) {
            throw new FailedPreconditionException("cannot set memory swap limit " + limits.swap()
                    + ": " + SWAP + " is missing, swap accounting is off on this host");
        }
        long memory = limits.memory() != null ? limits.memory() : currentMemory;
        long swap = limits.swap() != null ? limits.swap() : MemoryFiles.readOrUnlimited(dir.resolve(SWAP));
        MemoryFiles.checkSwapCoversMemory(memory, swap);
        if (limits.memory() != null || limits.reservation() != null) {
            MemoryLimits.checkReservation(memory, limits.reservation() != null ? limits.reservation()
                    : MemoryFiles.readOrUnlimited(dir.resolve(RESERVATION)));
        }
        requireFile(dir, KernelMemorySupport.V1_KERNEL, limits.kernel(), "--kernel-memory");
        requireFile(dir, SWAPPINESS, limits.swappiness(), "--memory-swappiness");
        requireFile(dir, OOM_CONTROL, limits.oomKillDisable(), "--oom-kill-disable");
        if (limits.kernel() != null) {
            writeKernel(dir.resolve(KernelMemorySupport.V1_KERNEL), limits.kernel());
        }
        writeMemoryAndSwap(dir, limits, currentMemory, memory, swap);
        if (limits.reservation() != null) {
            CgroupFiles.write(dir.resolve(RESERVATION), Long.toString(limits.reservation()));
        }
        if (limits.swappiness() != null) {
            CgroupFiles.write(dir.resolve(SWAPPINESS), Long.toString(limits.swappiness()));
        }
        if (limits.oomKillDisable() != null) {
            CgroupFiles.write(dir.resolve(OOM_CONTROL), limits.oomKillDisable() ? "1" : "0");
        }
    }

    /**
     * v1 keeps memory at or below memory+swap at every moment, so when both grow the swap file is written
     * first, and when they shrink the memory file is.
     */
    private static void writeMemoryAndSwap(Path dir, MemoryLimits limits, long currentMemory, long memory,
            long swap) {
        if (limits.memory() == null && limits.swap() == null) {
            return;
        }
        if (limits.swap() == null) {
            CgroupFiles.write(dir.resolve(MEMORY), Long.toString(memory));
        } else if (swap == MemoryLimits.UNLIMITED || isBelow(currentMemory, swap)) {
            CgroupFiles.write(dir.resolve(SWAP), Long.toString(swap));
            CgroupFiles.write(dir.resolve(MEMORY), Long.toString(memory));
        } else {
            CgroupFiles.write(dir.resolve(MEMORY), Long.toString(memory));
            CgroupFiles.write(dir.resolve(SWAP), Long.toString(swap));
        }
    }

    /** Recent kernels accept a write to memory.kmem.limit_in_bytes and ignore it; that is refused too. */
    private static void writeKernel(Path file, long kernel) {
        CgroupFiles.write(file, Long.toString(kernel));
        if (CgroupFiles.readLong(file).orElse(MemoryLimits.UNLIMITED) != kernel) {
            throw new InvalidArgumentException("cannot set --kernel-memory " + kernel + ": this kernel ignores "
                    + file.getFileName() + ", it does not support kernel memory limits");
        }
    }

    private static void requireFile(Path dir, String name, Object value, String option) {
        if (value != null && !Files.exists(dir.resolve(name))) {
            throw new InvalidArgumentException("cannot set " + option + " " + value + ": this kernel has no "
                    + name + " (" + dir + ")");
        }
    }

    private static boolean isBelow(long limit, long other) {
        return limit != MemoryLimits.UNLIMITED && limit < other;
    }
}
