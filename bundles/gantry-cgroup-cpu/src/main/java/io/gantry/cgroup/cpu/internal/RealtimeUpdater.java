package io.gantry.cgroup.cpu.internal;

import io.gantry.api.FailedPreconditionException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.cgroup.CgroupFiles;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks and writes the real-time runtime and period of a live v1 cpu cgroup. */
final class RealtimeUpdater {
    private RealtimeUpdater() {
    }

    /** The runtime and period the cgroup will have, {runtime, period}, refused unless runtime fits the period. */
    static long[] checked(Path dir, CpuLimits limits) {
        Path runtimeFile = dir.resolve(RealtimeSupport.RUNTIME);
        Path periodFile = dir.resolve(RealtimeSupport.PERIOD);
        if (!Files.exists(runtimeFile) || !Files.exists(periodFile)) {
            throw new InvalidArgumentException(RealtimeSupport.unsupported(limits) + " (" + dir + " has no "
                    + RealtimeSupport.RUNTIME + ")");
        }
        long runtime = limits.realtimeRuntime() != null ? limits.realtimeRuntime() : read(runtimeFile);
        long period = limits.realtimePeriod() != null ? limits.realtimePeriod() : read(periodFile);
        CpuLimits.checkRealtime(runtime, period);
        return new long[] {runtime, period};
    }

    /** The kernel keeps runtime within period at every moment, so a runtime above the current period goes last. */
    static void write(Path dir, long runtime, long period) {
        Path runtimeFile = dir.resolve(RealtimeSupport.RUNTIME);
        Path periodFile = dir.resolve(RealtimeSupport.PERIOD);
        if (runtime > read(periodFile)) {
            CgroupFiles.write(periodFile, Long.toString(period));
            writeRuntime(runtimeFile, runtime);
        } else {
            writeRuntime(runtimeFile, runtime);
            CgroupFiles.write(periodFile, Long.toString(period));
        }
    }

    /** The kernel refuses a runtime its parent has no real-time budget for; the message says so. */
    private static void writeRuntime(Path file, long runtime) {
        try {
            CgroupFiles.write(file, Long.toString(runtime));
        } catch (FailedPreconditionException e) {
            Path parent = file.getParent().resolveSibling(RealtimeSupport.RUNTIME);
            throw new FailedPreconditionException("cannot set --cpu-rt-runtime " + runtime + ": the kernel refused it;"
                    + " the parent cgroup's " + parent + " is " + CgroupFiles.readLong(parent).orElse(0L)
                    + " and must leave room for it (" + e.getMessage() + ")", e);
        }
    }

    private static long read(Path file) {
        return CgroupFiles.readLong(file).orElseThrow(
                () -> new FailedPreconditionException("cannot read " + file + ": is the container running?"));
    }
}
