package io.gantry.cgroup.memory.internal;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.cgroup.CgroupFiles;
import java.nio.file.Path;

/**
 * Writes new limits into a live v2 memory cgroup, which limits memory and swap separately (memory.swap.max is the
 * swap part alone) and has no kernel memory limit, swappiness or OOM-killer switch. Every check runs before the
 * first write.
 */
final class MemoryV2Updater {
    private static final String MEMORY = "memory.max";
    private static final String SWAP = "memory.swap.max";
    static final String RESERVATION = "memory.low";

    private MemoryV2Updater() {
    }

    static void update(Path dir, MemoryLimits limits) {
        refuse(limits.kernel(), "--kernel-memory", "has no kernel memory limit");
        refuse(limits.swappiness(), "--memory-swappiness", "has no memory.swappiness");
        if (Boolean.TRUE.equals(limits.oomKillDisable())) {
            refuse(true, "--oom-kill-disable", "cannot disable the OOM killer");
        }
        long memory = limits.memory() != null ? limits.memory() : MemoryFiles.read(dir.resolve(MEMORY));
        Long swapPart = null;
        if (limits.swap() != null && limits.swap() != MemoryLimits.UNLIMITED) {
            if (memory == MemoryLimits.UNLIMITED) {
                throw new InvalidArgumentException("invalid memory swap limit " + limits.swap()
                        + ": memory plus swap cannot be limited while memory is unlimited");
            }
            MemoryFiles.checkSwapCoversMemory(memory, limits.swap());
            swapPart = limits.swap() - memory;
        }
        if (limits.memory() != null || limits.reservation() != null) {
            MemoryLimits.checkReservation(memory, limits.reservation() != null ? limits.reservation()
                    : MemoryFiles.readOrUnlimited(dir.resolve(RESERVATION)));
        }
        if (limits.memory() != null) {
            CgroupFiles.write(dir.resolve(MEMORY), Long.toString(limits.memory()));
        }
        if (limits.swap() != null) {
            CgroupFiles.write(dir.resolve(SWAP), swapPart == null ? "max" : Long.toString(swapPart));
        }
        if (limits.reservation() != null) {
            CgroupFiles.write(dir.resolve(RESERVATION), Long.toString(limits.reservation()));
        }
    }

    private static void refuse(Object value, String option, String reason) {
        if (value != null) {
            throw new InvalidArgumentException("cannot set " + option + " " + value + ": cgroup v2 " + reason);
        }
    }
}
