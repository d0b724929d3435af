package io.gantry.core.internal.health;

import io.gantry.api.container.exec.ContainerExec;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.IntConsumer;

/**
 * What the probes run with: exec to run them, the exits of their execs, the engine's threads for the blocking
 * parts, the health timer for intervals and timeouts, and a way to SIGKILL a host pid.
 */
record ProbeContext(ContainerExec exec, ExecExits exits, Executor threads, ScheduledExecutorService timer,
        IntConsumer kill) {
}
