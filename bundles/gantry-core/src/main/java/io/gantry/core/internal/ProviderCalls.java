package io.gantry.core.internal;

import io.gantry.api.ConflictException;
import io.gantry.api.FailedPreconditionException;
import io.gantry.api.GantryException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.NotFoundException;
import java.util.function.Supplier;

/**
 * Calls into a provider so that its failure names it. Typed user errors (invalid argument, not found,
 * conflict, failed precondition) already name the bad value and pass through; anything else becomes
 * "namespace provider uts failed: ...".
 */
final class ProviderCalls {
    private ProviderCalls() {
    }

    static void run(String provider, Runnable call) {
        get(provider, () -> {
            call.run();
            return null;
        });
    }

    static <T> T get(String provider, Supplier<T> call) {
        try {
            return call.get();
        } catch (InvalidArgumentException | NotFoundException | ConflictException | FailedPreconditionException e) {
            throw e;
        } catch (RuntimeException | LinkageError e) {
            throw new GantryException(provider + " failed: " + describe(e), e);
        }
    }

    static String describe(Throwable e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
