package io.gantry.cgroup.memory.internal;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.Resources;

/**
 * The user's --memory and --memory-swap, checked. As in the Docker API, 0 means "not set". The swap figure is
 * memory plus swap, and -1 lifts the swap limit.
 *
 * @param memory the hard limit in bytes, or null
 * @param swap memory plus swap in bytes, -1 for unlimited, or null
 */
record MemoryLimits(Long memory, Long swap) {
    static final long MINIMUM = 6L * 1024 * 1024;
    static final long UNLIMITED = -1;

    static MemoryLimits of(Resources resources) {
        Long memory = unsetIfZero(resources.memoryBytes());
        Long swap = unsetIfZero(resources.memorySwapBytes());
        if (memory != null && memory < MINIMUM) {
            throw new InvalidArgumentException("invalid memory limit " + memory + ": minimum memory limit is 6MB");
        }
        if (swap != null && swap != UNLIMITED) {
            if (swap < 0) {
                throw new InvalidArgumentException("invalid memory swap limit " + swap
                        + ": use -1 for unlimited swap or a size at least as large as the memory limit");
            }
            if (memory != null && swap < memory) {
                throw new InvalidArgumentException("invalid memory swap limit " + swap
                        + ": memory plus swap must be at least the memory limit " + memory);
            }
        }
        return new MemoryLimits(memory, swap);
    }

    boolean isEmpty() {
        return memory == null && swap == null;
    }

    private static Long unsetIfZero(Long value) {
        return value == null || value == 0 ? null : value;
    }
}
