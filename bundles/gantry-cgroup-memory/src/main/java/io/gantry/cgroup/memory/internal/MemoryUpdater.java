package io.gantry.cgroup.memory.internal;

import io.gantry.api.FailedPreconditionException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.cgroup.CgroupFiles;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes new limits into a live memory cgroup; values not given keep their current setting. */
final class MemoryUpdater {
    private static final String V1_MEMORY = "memory.limit_in_bytes";
    private static final String V1_SWAP = "memory.memsw.limit_in_bytes";

    private MemoryUpdater() {
    }

    /**
     * v1 keeps memory at or below memory+swap at every moment, so when both grow the swap file is written
     * first, and when they shrink the memory file is.
     */
    static void updateV1(Path dir, MemoryLimits limits) {
        long currentMemory = read(dir.resolve(V1_MEMORY));
        if (limits.swap() != null && !Files.exists(dir.resolve(V1_SWAP))) {
            throw new FailedPreconditionException("cannot set memory swap limit " + limits.swap() + ": " + V1_SWAP
                    + " is missing, swap accounting is off on this host");
        }
        long memory = limits.memory() != null ? limits.memory() : currentMemory;
        long swap = limits.swap() != null ? limits.swap() : readOrUnlimited(dir.resolve(V1_SWAP));
        checkSwapCoversMemory(memory, swap);
        if (limits.swap() == null) {
            CgroupFiles.write(dir.resolve(V1_MEMORY), Long.toString(memory));
        } else if (swap == MemoryLimits.UNLIMITED || isBelow(currentMemory, swap)) {
            CgroupFiles.write(dir.resolve(V1_SWAP), Long.toString(swap));
            CgroupFiles.write(dir.resolve(V1_MEMORY), Long.toString(memory));
        } else {
            CgroupFiles.write(dir.resolve(V1_MEMORY), Long.toString(memory));
            CgroupFiles.write(dir.resolve(V1_SWAP), Long.toString(swap));
        }
    }

    /** v2 limits memory and swap separately: memory.swap.max is the swap part alone. */
    static void updateV2(Path dir, MemoryLimits limits) {
        if (limits.memory() != null) {
            CgroupFiles.write(dir.resolve("memory.max"), Long.toString(limits.memory()));
        }
        if (limits.swap() == null) {
            return;
        }
        if (limits.swap() == MemoryLimits.UNLIMITED) {
            CgroupFiles.write(dir.resolve("memory.swap.max"), "max");
            return;
        }
        long memory = limits.memory() != null ? limits.memory() : read(dir.resolve("memory.max"));
        if (memory == MemoryLimits.UNLIMITED) {
            throw new InvalidArgumentException("invalid memory swap limit " + limits.swap()
                    + ": memory plus swap cannot be limited while memory is unlimited");
        }
        checkSwapCoversMemory(memory, limits.swap());
        CgroupFiles.write(dir.resolve("memory.swap.max"), Long.toString(limits.swap() - memory));
    }

    private static void checkSwapCoversMemory(long memory, long swap) {
        if (swap != MemoryLimits.UNLIMITED && (memory == MemoryLimits.UNLIMITED || swap < memory)) {
            throw new InvalidArgumentException("memory limit " + memory + " is above the memory plus swap limit "
                    + swap + ": update --memory-swap at the same time");
        }
    }

    private static boolean isBelow(long limit, long other) {
        return limit != MemoryLimits.UNLIMITED && limit < other;
    }

    private static long read(Path file) {
        return CgroupFiles.readLong(file).orElseThrow(
                () -> new FailedPreconditionException("cannot read " + file + ": is the container running?"));
    }

    private static long readOrUnlimited(Path file) {
        return CgroupFiles.readLong(file).orElse(MemoryLimits.UNLIMITED);
    }
}
