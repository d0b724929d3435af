package io.gantry.core.internal.health;

import io.gantry.api.container.attach.OutputChunk;
import io.gantry.api.container.attach.StdioStream;
import io.gantry.api.container.exec.ExecConfig;
import io.gantry.api.container.exec.ExecInfo;
import io.gantry.api.container.health.HealthConfig;
import io.gantry.api.container.health.HealthResult;
import io.gantry.core.internal.provider.ProviderCalls;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of a container's health check, as Docker's: an exec of the probe command (no tty, no stdin, the
 * container's user, working folder and environment) whose output is kept, ended by its exit, or by its timeout,
 * counted from the exec's start, at which the process is killed and the probe fails with Docker's message.
 */
final class Probe {
    /** How long a killed probe has to end before its result is given anyway. */
    static final Duration KILL_GRACE = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(Probe.class);

    private final ProbeContext context;
    private final String containerId;
    private final HealthConfig check;
    private final Instant start = Instant.now();
    private final ProbeOutput output = new ProbeOutput();
    private final CompletableFuture<Void> drained = new CompletableFuture<>();
    private final CompletableFuture<HealthResult> result = new CompletableFuture<>();
    private volatile String execId;
    private volatile CompletableFuture<Integer> exit;
    private volatile StdioStream stream;
    private volatile ScheduledFuture<?> deadline;
    private boolean decided;

    private Probe(ProbeContext context, String containerId, HealthConfig check) {
        this.context = context;
        this.containerId = containerId;
        this.check = check;
    }

    /** Starts a probe on the engine's threads; its result completes once, unless it is cancelled. */
    static Probe start(ProbeContext context, String containerId, HealthConfig check) {
        Probe probe = new Probe(context, containerId, check);
        try {
            context.threads().execute(probe::run);
        } catch (RejectedExecutionException e) {
            probe.result.cancel(false);
        }
        return probe;
    }

    CompletableFuture<HealthResult> result() {
        return result;
    }

    /** Probing stopped: the process is killed and no result is given. */
    void cancel() {
        if (decide()) {
            kill();
            end();
            result.cancel(false);
        }
    }

    private void run() {
        try {
            execId = context.exec().createExec(containerId, new ExecConfig(check.probeCommand(), List.of(), null, null,
                    false, false, true, true, false));
            exit = context.exits().expect(execId);
            stream = context.exec().startExec(execId);
            deadline = context.timer().schedule(this::timedOut, check.timeoutOrDefault().toNanos(),
                    TimeUnit.NANOSECONDS);
            if (result.isDone()) {
                // cancelled while it started
                kill();
                end();
                return;
            }
            drain(stream);
            exit.thenAccept(code -> finish(code, output.text()));
        } catch (RuntimeException e) {
            // as Docker's: a probe that could not run fails with the error as its output
            finish(-1, ProviderCalls.describe(e));
        }
    }

    private void drain(StdioStream from) {
        try {
            for (OutputChunk chunk = from.read(); chunk != null; chunk = from.read()) {
                output.write(chunk.data());
            }
        } catch (IOException e) {
            LOG.debug("Output of a health probe of {} ended: {}", containerId, e.toString());
        } finally {
            drained.complete(null);
        }
    }

    private void finish(int exitCode, String text) {
        if (decide()) {
            end();
            result.complete(new HealthResult(start, Instant.now(), exitCode, text));
        }
    }

    /** At the timeout: an exec that ended without its exit event is a normal end; else it is killed. */
    private void timedOut() {
        ExecInfo info = inspect();
        if (info != null && info.exitCode() != null && drained.isDone()) {
            finish(info.exitCode(), output.text());
            return;
        }
        if (!decide()) {
            return;
        }
        kill();
        CompletableFuture.allOf(drained, exit).orTimeout(KILL_GRACE.toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((ended, error) -> {
                    end();
                    result.complete(new HealthResult(start, Instant.now(), -1, timeoutMessage(output.text())));
                });
    }

    private String timeoutMessage(String text) {
        String message = "Health check exceeded timeout (" + GoDurationText.of(check.timeoutOrDefault()) + ")";
        return text.isEmpty() ? message : message + ": " + text;
    }

    /** The first of finish, timeout and cancel decides the result. */
    private synchronized boolean decide() {
        boolean first = !decided;
        decided = true;
        return first;
    }

    private void kill() {
        ExecInfo info = inspect();
        if (info != null && info.running() && info.pid() > 0) {
            try {
                context.kill().accept(info.pid());
            } catch (RuntimeException e) {
                LOG.debug("Cannot kill health probe {} of {}: {}", execId, containerId, e.toString());
            }
        }
    }

    private ExecInfo inspect() {
        try {
            return execId == null ? null : context.exec().inspectExec(execId);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void end() {
        ScheduledFuture<?> timer = deadline;
        if (timer != null) {
            timer.cancel(false);
        }
        StdioStream open = stream;
        if (open != null) {
            open.close();
        }
        if (execId != null) {
            context.exits().forget(execId);
        }
    }
}
