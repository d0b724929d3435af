package io.gantry.shell.internal;

import io.gantry.api.GantryException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/** Waits for a service's future and rethrows its failure as it was thrown. */
public final class Futures {
    private Futures() {
    }

    public static <T> T await(CompletableFuture<T> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new GantryException(cause.getMessage(), cause);
        }
    }
}
