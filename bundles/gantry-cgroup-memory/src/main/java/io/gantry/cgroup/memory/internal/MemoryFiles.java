package io.gantry.cgroup.memory.internal;

import io.gantry.api.FailedPreconditionException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.cgroup.CgroupFiles;
import java.nio.file.Path;

/** The current values of a live memory cgroup and the checks both cgroup versions make against them. */
final class MemoryFiles {
    private MemoryFiles() {
    }

    static long read(Path file) {
        return CgroupFiles.readLong(file).orElseThrow(
                () -> new FailedPreconditionException("cannot read " + file + ": is the container running?"));
    }

    static long readOrUnlimited(Path file) {
        return CgroupFiles.readLong(file).orElse(MemoryLimits.UNLIMITED);
    }

    static void checkSwapCoversMemory(long memory, long swap) {
        if (swap != MemoryLimits.UNLIMITED && (memory == MemoryLimits.UNLIMITED || swap < memory)) {
            throw new InvalidArgumentException("memory limit " + memory + " is above the memory plus swap limit "
                    + swap + ": update --memory-swap at the same time");
        }
    }
}
