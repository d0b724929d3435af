package io.gantry.core.internal;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for a condition with a deadline, polling every few milliseconds. */
final class Await {
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    private Await() {
    }

    static void until(String what, BooleanSupplier condition) {
        until(() -> what, condition);
    }

    /** @param what describes the condition when the wait times out */
    static void until(Supplier<String> what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + DEFAULT_TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("timed out after " + DEFAULT_TIMEOUT.toSeconds() + "s waiting for " + what.get());
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
    }
}
