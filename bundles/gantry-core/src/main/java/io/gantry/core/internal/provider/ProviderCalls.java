package io.gantry.core.internal.provider;

import io.gantry.api.ConflictException;
import io.gantry.api.FailedPreconditionException;
import io.gantry.api.GantryException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.NotFoundException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Calls into providers so that a failure names the provider and a hang ends. Each call runs on a thread of its
 * own and is given up after a time limit: the caller gets "runtime runc did not answer within 60 s" and goes on
 * (releasing the locks it holds), while the provider's thread is interrupted and left to finish on its own.
 * Typed user errors (invalid argument, not found, conflict, failed precondition) already name the bad value and
 * pass through; anything else becomes "namespace provider uts failed: ...".
 */
public final class ProviderCalls implements AutoCloseable {
    private final ExecutorService callers;

    ProviderCalls() {
        AtomicInteger threads = new AtomicInteger();
        this.callers = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "gantry-provider-call-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    <T> T get(String provider, Duration limit, Supplier<T> call) {
        Future<T> result;
        try {
            result = callers.submit(call::get);
        } catch (RejectedExecutionException e) {
            throw new FailedPreconditionException(provider + " cannot be called: the engine is stopping");
        }
        try {
            return result.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw new GantryException(provider + " did not answer within " + seconds(limit)
                    + "; the call was given up (setting provider.timeout of " + "io.gantry.core)", e);
        } catch (ExecutionException e) {
            throw failure(provider, e.getCause());
        } catch (CancellationException e) {
            throw new GantryException(provider + " call was cancelled", e);
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new GantryException("interrupted while waiting for " + provider, e);
        }
    }

    /** The message of a failure, or its type when it has none. */
    public static String describe(Throwable e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    @Override
    public void close() {
        callers.shutdownNow();
    }

    private static RuntimeException failure(String provider, Throwable cause) {
        if (cause instanceof InvalidArgumentException || cause instanceof NotFoundException
                || cause instanceof ConflictException || cause instanceof FailedPreconditionException) {
            return (RuntimeException) cause;
        }
        if (cause instanceof RuntimeException || cause instanceof LinkageError) {
            return new GantryException(provider + " failed: " + describe(cause), cause);
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new GantryException(provider + " failed: " + describe(cause), cause);
    }

    private static String seconds(Duration limit) {
        return limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
    }
}
