package io.gantry.cgroup.cpu.internal;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.Resources;
import java.math.BigDecimal;

/**
 * The user's CPU settings, checked and reduced to CFS quota, period and shares and the real-time runtime and
 * period. --cpus becomes a quota over a 100 ms period. As in the Docker API, 0 means "not set"; a quota of -1
 * lifts the limit.
 */
record CpuLimits(Long shares, Long quota, Long period, Long realtimeRuntime, Long realtimePeriod) {
    static final long DEFAULT_PERIOD = 100_000;
    static final long UNLIMITED = -1;
    static final long NANOS_PER_CPU = 1_000_000_000L;
    private static final long MIN_NANO_CPUS = NANOS_PER_CPU / 100;
    private static final long MIN_SHARES = 2;
    private static final long MAX_SHARES = 262_144;
    private static final long MIN_MICROS = 1_000;
    private static final long MAX_PERIOD = 1_000_000;

    static CpuLimits of(Resources resources, int hostCpus) {
        Long nanoCpus = unsetIfZero(resources.nanoCpus());
        Long quota = unsetIfZero(resources.cpuQuota());
        Long period = unsetIfZero(resources.cpuPeriod());
        Long shares = unsetIfZero(resources.cpuShares());
        Long realtimeRuntime = unsetIfZero(resources.cpuRealtimeRuntime());
        Long realtimePeriod = unsetIfZero(resources.cpuRealtimePeriod());
        if (nanoCpus != null && period != null) {
            throw new InvalidArgumentException("Conflicting options: Nano CPUs and CPU Period cannot both be set");
        }
        if (nanoCpus != null && quota != null) {
            throw new InvalidArgumentException("Conflicting options: Nano CPUs and CPU Quota cannot both be set");
        }
        if (nanoCpus != null && (nanoCpus < MIN_NANO_CPUS || nanoCpus > hostCpus * NANOS_PER_CPU)) {
            throw new InvalidArgumentException("invalid --cpus value " + cpus(nanoCpus) + ": range of CPUs is from "
                    + "0.01 to " + hostCpus + ", as there are only " + hostCpus + " CPUs available");
        }
        if (shares != null && (shares < MIN_SHARES || shares > MAX_SHARES)) {
            throw new InvalidArgumentException("invalid cpu shares " + shares + ": must be between " + MIN_SHARES
                    + " and " + MAX_SHARES);
        }
        if (quota != null && quota != UNLIMITED && quota < MIN_MICROS) {
            throw new InvalidArgumentException("invalid cpu quota " + quota
                    + ": must be -1 (unlimited) or at least 1000 microseconds");
        }
        if (period != null && (period < MIN_MICROS || period > MAX_PERIOD)) {
            throw new InvalidArgumentException("invalid cpu period " + period
                    + ": must be between 1000 and 1000000 microseconds");
        }
        checkPositive(realtimeRuntime, "--cpu-rt-runtime");
        checkPositive(realtimePeriod, "--cpu-rt-period");
        if (realtimeRuntime != null && realtimePeriod != null) {
            checkRealtime(realtimeRuntime, realtimePeriod);
        }
        if (nanoCpus != null) {
            return new CpuLimits(shares, nanoCpus * DEFAULT_PERIOD / NANOS_PER_CPU, DEFAULT_PERIOD, realtimeRuntime,
                    realtimePeriod);
        }
        return new CpuLimits(shares, quota, period, realtimeRuntime, realtimePeriod);
    }

    boolean isEmpty() {
        return shares == null && quota == null && period == null && !hasRealtime();
    }

    boolean hasRealtime() {
        return realtimeRuntime != null || realtimePeriod != null;
    }

    /** Refuses a real-time runtime above its period; either may be the cgroup's current value. */
    static void checkRealtime(long runtime, long period) {
        if (runtime > period) {
            throw new InvalidArgumentException("invalid --cpu-rt-runtime " + runtime
                    + ": cpu real-time runtime cannot be higher than cpu real-time period " + period);
        }
    }

    private static void checkPositive(Long micros, String option) {
        if (micros != null && micros < 0) {
            throw new InvalidArgumentException("invalid " + option + " " + micros
                    + ": must be a positive number of microseconds");
        }
    }

    /** cgroup v2 cpu.weight (1..10000) for v1 shares (2..262144), with runc's formula. */
    static long weightOf(long shares) {
        return 1 + ((shares - MIN_SHARES) * 9999) / (MAX_SHARES - MIN_SHARES);
    }

    private static String cpus(long nanoCpus) {
        return BigDecimal.valueOf(nanoCpus).movePointLeft(9).stripTrailingZeros().toPlainString();
    }

    private static Long unsetIfZero(Long value) {
        return value == null || value == 0 ? null : value;
    }
}
