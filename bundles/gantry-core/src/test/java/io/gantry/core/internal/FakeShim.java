package io.gantry.core.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.container.attach.StdioStream;
import io.gantry.api.shim.ExecProcess;
import io.gantry.api.shim.ExecRequest;
import io.gantry.api.shim.ShimManager;
import io.gantry.api.shim.ShimProcess;
import io.gantry.api.shim.ShimRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A shim that "creates" the container in the fake runtime, writes one k8s-file log line, and lets a test
 * make a container exit with a code.
 */
public final class FakeShim implements ShimManager {
    public static final String LOG_LINE = "2024-05-01T10:00:00.000000001+00:00 stdout F hello from ";

    public final Map<String, Integer> exitCodes = new ConcurrentHashMap<>();
    public final Set<String> alive = ConcurrentHashMap.newKeySet();
    public final List<String> cleaned = new CopyOnWriteArrayList<>();
    public final List<ShimRequest> requests = new CopyOnWriteArrayList<>();
    public final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    public final Map<String, FakeRuntime> runtimes = new ConcurrentHashMap<>();
    private final AtomicInteger pids = new AtomicInteger(2000);
    public volatile RuntimeException startFailure;

    @Override
    public String name() {
        return "fake";
    }

    @Override
    public ShimProcess start(ShimRequest request) {
        assertTrue(Files.isRegularFile(request.bundleDir().resolve("config.json")), "config.json is written first");
        if (startFailure != null) {
            throw startFailure;
        }
        requests.add(request);
        FakeRuntime runtime = (FakeRuntime) request.runtime();
        runtime.create(request.containerId());
        runtimes.put(request.containerId(), runtime);
        appendLog(request.logPath(), LOG_LINE + request.name() + "\n");
        alive.add(request.containerId());
        return new ShimProcess(request.containerId(), pids.incrementAndGet(), pids.incrementAndGet(), null);
    }

    /** The container's process ended with {@code code}; listeners hear of it as from conmon's exit file. */
    public void exit(String id, int code) {
        runtimes.get(id).status.computeIfPresent(id, (k, v) -> "stopped");
        exitCodes.put(id, code);
        alive.remove(id);
        listeners.forEach(l -> l.accept(id));
    }

    public static void appendLog(Path log, String text) {
        try {
            Files.writeString(log, text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<Integer> exitCode(String containerId) {
        return Optional.ofNullable(exitCodes.get(containerId));
    }

    @Override
    public boolean isAlive(String containerId) {
        return alive.contains(containerId);
    }

    @Override
    public void addExitListener(Consumer<String> listener) {
        listeners.add(listener);
    }

    @Override
    public void removeExitListener(Consumer<String> listener) {
        listeners.remove(listener);
    }

    /** This fake has no stdio; {@link StdioShim} adds it. */
    @Override
    public StdioStream attach(String containerId) {
        throw new UnsupportedOperationException("FakeShim has no stdio; wrap it in a StdioShim");
    }

    @Override
    public void resize(String containerId, int height, int width) {
        throw new UnsupportedOperationException("FakeShim has no terminal; wrap it in a StdioShim");
    }

    @Override
    public void reopenLog(String containerId) {
        throw new UnsupportedOperationException("FakeShim writes no log");
    }

    @Override
    public ExecProcess exec(ExecRequest request, boolean attach) {
        throw new UnsupportedOperationException("FakeShim runs no exec; wrap it in a StdioShim");
    }

    @Override
    public void cleanup(String containerId) {
        exitCodes.remove(containerId);
        alive.remove(containerId);
        cleaned.add(containerId);
    }
}
