package io.gantry.core.internal;

import io.gantry.api.container.attach.StdioStream;
import io.gantry.api.shim.ExecProcess;
import io.gantry.api.shim.ExecRequest;
import io.gantry.api.shim.ShimManager;
import io.gantry.api.shim.ShimProcess;
import io.gantry.api.shim.ShimRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The {@link FakeShim} lifecycle plus live stdio: attach hands out a {@link QueueStdio}, resizes are
 * recorded, and each exec becomes a {@link FakeExec} whose exit the test decides.
 */
final class StdioShim implements ShimManager {
    record FakeExec(int pid, QueueStdio stdio, CompletableFuture<Integer> exit, List<String> resizes)
            implements ExecProcess {
        @Override
        public void resize(int height, int width) {
            resizes.add(height + "x" + width);
        }
    }

    final FakeShim base;
    final Map<String, QueueStdio> attached = new ConcurrentHashMap<>();
    final List<String> resizes = new CopyOnWriteArrayList<>();
    final List<ExecRequest> execRequests = new CopyOnWriteArrayList<>();
    final Map<String, FakeExec> execs = new ConcurrentHashMap<>();
    final List<Boolean> execAttached = new CopyOnWriteArrayList<>();
    private final AtomicInteger pids = new AtomicInteger(7000);

    StdioShim(FakeShim base) {
        this.base = base;
    }

    @Override
    public StdioStream attach(String containerId) {
        return attached.computeIfAbsent(containerId, id -> new QueueStdio());
    }

    @Override
    public void resize(String containerId, int height, int width) {
        resizes.add(containerId + " " + height + "x" + width);
    }

    @Override
    public void reopenLog(String containerId) {
        base.reopenLog(containerId);
    }

    @Override
    public ExecProcess exec(ExecRequest request, boolean attach) {
        execRequests.add(request);
        execAttached.add(attach);
        FakeExec exec = new FakeExec(pids.incrementAndGet(), attach ? new QueueStdio() : null,
                new CompletableFuture<>(), new CopyOnWriteArrayList<>());
        execs.put(request.execId(), exec);
        return exec;
    }

    @Override
    public String name() {
        return base.name();
    }

    @Override
    public ShimProcess start(ShimRequest request) {
        return base.start(request);
    }

    @Override
    public Optional<Integer> exitCode(String containerId) {
        return base.exitCode(containerId);
    }

    @Override
    public boolean isAlive(String containerId) {
        return base.isAlive(containerId);
    }

    @Override
    public void addExitListener(Consumer<String> listener) {
        base.addExitListener(listener);
    }

    @Override
    public void removeExitListener(Consumer<String> listener) {
        base.removeExitListener(listener);
    }

    @Override
    public void cleanup(String containerId) {
        base.cleanup(containerId);
    }
}
