package io.gantry.testkit.fake;

import io.gantry.api.container.Container;
import io.gantry.api.container.ExitStatus;
import io.gantry.api.container.monitor.ContainerMonitor;
import io.gantry.api.container.monitor.ContainerStats;
import io.gantry.api.container.monitor.FileChange;
import io.gantry.api.container.monitor.LogEntry;
import io.gantry.api.container.monitor.LogOptions;
import io.gantry.api.container.monitor.TopResult;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Logs, stats, processes and file changes of the containers of a {@link FakeContainers}, all set up by the test.
 * Logs plays {@link #log} whatever the options ask, and records them.
 */
public final class FakeMonitor implements ContainerMonitor {
    /** The records every logs call plays, in order. */
    public final List<LogEntry> log = new CopyOnWriteArrayList<>();
    /** How many records logs has handed to sinks, over all calls. */
    public final AtomicInteger logEntriesTaken = new AtomicInteger();
    /** The options of the last logs call. */
    public volatile LogOptions logOptions;
    /** When set, logs then completes {@link FakeContainers#exit} with it, as a followed container that ends. */
    public volatile ExitStatus exitAfterLog;
    /** When set, logs blocks until its thread is interrupted, as the engine's follow of a silent container. */
    public volatile boolean logsBlockUntilInterrupted;
    /** Counted down once logs blocks. */
    public final CountDownLatch logsBlocking = new CountDownLatch(1);
    /** Counted down once a blocked logs is interrupted. */
    public final CountDownLatch logsInterrupted = new CountDownLatch(1);
    /** What stats answers; null for a sample of 10 bytes of memory and one process, both with no limit. */
    public volatile ContainerStats stats;
    /** What top answers. */
    public volatile TopResult top = new TopResult(List.of("UID", "PID", "CMD"),
            List.of(List.of("root", "42", "sleep 300")));
    /** What changes answers. */
    public final List<FileChange> changes = new CopyOnWriteArrayList<>();
    private final FakeContainers containers;

    public FakeMonitor(FakeContainers containers) {
        this.containers = containers;
    }

    /** Journals "logs &lt;id&gt;". */
    @Override
    public void logs(String ref, LogOptions options, Predicate<LogEntry> sink) {
        Container c = containers.inspect(ref);
        containers.calls.add("logs " + c.id());
        logOptions = options;
        if (logsBlockUntilInterrupted) {
            blockUntilInterrupted();
            return;
        }
        for (LogEntry e : log) {
            logEntriesTaken.incrementAndGet();
            if (!sink.test(e)) {
                return;
            }
        }
        ExitStatus end = exitAfterLog;
        if (end != null) {
            containers.exit.complete(end);
        }
    }

    /** Journals "stats &lt;id&gt;". */
    @Override
    public ContainerStats stats(String ref) {
        String id = containers.inspect(ref).id();
        containers.calls.add("stats " + id);
        ContainerStats given = stats;
        return given != null ? given : new ContainerStats(id, Instant.now(), Map.of(
                "memory", Map.of("usage", 10L, "limit", -1L), "pids", Map.of("current", 1L, "limit", -1L)));
    }

    /** Journals "top &lt;id&gt; &lt;psArgs&gt;". */
    @Override
    public TopResult top(String ref, String psArgs) {
        containers.calls.add("top " + containers.inspect(ref).id() + " " + psArgs);
        return top;
    }

    /** Journals "changes &lt;id&gt;". */
    @Override
    public List<FileChange> changes(String ref) {
        containers.calls.add("changes " + containers.inspect(ref).id());
        return List.copyOf(changes);
    }

    private void blockUntilInterrupted() {
        logsBlocking.countDown();
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            logsInterrupted.countDown();
        }
    }
}
