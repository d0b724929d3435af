package io.gantry.cgroup.memory.internal;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.Resources;

/**
 * The user's memory settings, checked. As in the Docker API, 0 means "not set" for the sizes and -1 for the
 * swappiness. The swap figure is memory plus swap, and -1 lifts the swap limit.
 *
 * @param memory the hard limit in bytes, or null
 * @param swap memory plus swap in bytes, -1 for unlimited, or null
 * @param reservation the soft limit in bytes, or null
 * @param kernel the kernel memory limit in bytes, or null
 * @param swappiness 0..100, or null
 * @param oomKillDisable whether the OOM killer is kept away, or null
 */
record MemoryLimits(Long memory, Long swap, Long reservation, Long kernel, Long swappiness, Boolean oomKillDisable) {
    static final long MINIMUM = 6L * 1024 * 1024;
    static final long KERNEL_MINIMUM = 4L * 1024 * 1024;
    static final long UNLIMITED = -1;
    static final String RESERVATION_ABOVE_LIMIT =
            "Minimum memory limit can not be less than memory reservation limit, see usage.";
    private static final long SWAPPINESS_UNSET = -1;
    private static final long SWAPPINESS_MAX = 100;

    static MemoryLimits of(Resources resources) {
        Long memory = unsetIfZero(resources.memoryBytes());
        Long swap = unsetIfZero(resources.memorySwapBytes());
        Long reservation = unsetIfZero(resources.memoryReservationBytes());
        Long kernel = unsetIfZero(resources.kernelMemoryBytes());
        Long swappiness = resources.memorySwappiness();
        if (memory != null && memory < MINIMUM) {
            throw new InvalidArgumentException("invalid memory limit " + memory + ": minimum memory limit is 6MB");
        }
        checkSwap(memory, swap);
        if (reservation != null && reservation < MINIMUM) {
            throw new InvalidArgumentException("invalid memory reservation " + reservation
                    + ": minimum memory reservation is 6MB");
        }
        if (memory != null && reservation != null && reservation > memory) {
            throw new InvalidArgumentException(RESERVATION_ABOVE_LIMIT);
        }
        if (kernel != null && kernel < KERNEL_MINIMUM) {
            throw new InvalidArgumentException("invalid kernel memory limit " + kernel
                    + ": minimum kernel memory limit is 4MB");
        }
        if (swappiness != null && swappiness != SWAPPINESS_UNSET && (swappiness < 0 || swappiness > SWAPPINESS_MAX)) {
            throw new InvalidArgumentException("invalid value: " + swappiness
                    + ", valid memory swappiness range is 0-100");
        }
        return new MemoryLimits(memory, swap, reservation, kernel,
                swappiness == null || swappiness == SWAPPINESS_UNSET ? null : swappiness, resources.oomKillDisable());
    }

    boolean isEmpty() {
        return memory == null && swap == null && reservation == null && kernel == null && swappiness == null
                && oomKillDisable == null;
    }

    /** Refuses a soft limit above the hard one; either may be the cgroup's current value, -1 when unlimited. */
    static void checkReservation(long memory, long reservation) {
        if (memory != UNLIMITED && reservation != UNLIMITED && reservation > memory) {
            throw new InvalidArgumentException(RESERVATION_ABOVE_LIMIT);
        }
    }

    private static void checkSwap(Long memory, Long swap) {
        if (swap == null || swap == UNLIMITED) {
            return;
        }
        if (swap < 0) {
            throw new InvalidArgumentException("invalid memory swap limit " + swap
                    + ": use -1 for unlimited swap or a size at least as large as the memory limit");
        }
        if (memory != null && swap < memory) {
            throw new InvalidArgumentException("invalid memory swap limit " + swap
                    + ": memory plus swap must be at least the memory limit " + memory);
        }
    }

    private static Long unsetIfZero(Long value) {
        return value == null || value == 0 ? null : value;
    }
}
