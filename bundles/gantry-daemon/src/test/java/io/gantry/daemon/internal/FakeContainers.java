package io.gantry.daemon.internal;

import io.gantry.api.ConflictException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.NotFoundException;
import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.ContainerService;
import io.gantry.api.container.ContainerState;
import io.gantry.api.container.ContainerStats;
import io.gantry.api.container.ExecConfig;
import io.gantry.api.container.ExecInfo;
import io.gantry.api.container.ExitStatus;
import io.gantry.api.container.FileChange;
import io.gantry.api.container.LogEntry;
import io.gantry.api.container.LogOptions;
import io.gantry.api.container.PathStat;
import io.gantry.api.container.Resources;
import io.gantry.api.container.RestartPolicy;
import io.gantry.api.container.StdioStream;
import io.gantry.api.container.TopResult;
import io.gantry.api.container.WaitCondition;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/** An in-memory container service: records what it was asked, and plays back canned logs. */
final class FakeContainers implements ContainerService {
    final Map<String, Container> byName = new ConcurrentHashMap<>();
    final List<ContainerConfig> created = new ArrayList<>();
    final List<LogEntry> log = new ArrayList<>();
    final CompletableFuture<ExitStatus> exit = new CompletableFuture<>();
    final FakeStdio stdio = new FakeStdio();
    final List<String> calls = new CopyOnWriteArrayList<>();
    final Map<String, ExecInfo> execs = new ConcurrentHashMap<>();
    /** Files of every container by path, as statPath, copyFrom and copyTo see them; a null value is a folder. */
    final Map<String, byte[]> files = new ConcurrentHashMap<>(Map.of("/", new byte[0], "/etc/hostname",
            "web\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    final List<String> copiedIn = new CopyOnWriteArrayList<>();
    final List<FileChange> changes = new CopyOnWriteArrayList<>();
    final List<Resources> updates = new CopyOnWriteArrayList<>();
    /** When set, logs blocks until its thread is interrupted, as the core's follow of a silent container. */
    volatile boolean logsBlockUntilInterrupted;
    final java.util.concurrent.CountDownLatch logsBlocking = new java.util.concurrent.CountDownLatch(1);
    final java.util.concurrent.CountDownLatch logsInterrupted = new java.util.concurrent.CountDownLatch(1);

    @Override
    public synchronized Container create(ContainerConfig config) {
        if (config.name() != null && (config.name().contains("/") || config.name().contains(".."))) {
            throw new InvalidArgumentException("invalid container name '" + config.name() + "'");
        }
        created.add(config);
        String name = config.name() == null ? "c" + created.size() : config.name();
        String id = String.format("%064d", created.size());
        Container c = new Container(id, name, "sha256:" + "a".repeat(64), config, ContainerState.CREATED,
                Instant.now(), null, null, 0, null, false, null, "runc", "vfs", "/rootfs", "/log", 0);
        byName.put(name, c);
        return c;
    }

    @Override
    public Container inspect(String ref) {
        Container c = byName.values().stream().filter(x -> x.name().equals(ref) || x.id().equals(ref)).findFirst()
                .orElse(null);
        if (c == null) {
            throw new NotFoundException("No such container: " + ref);
        }
        return c;
    }

    /** Marks the container running; the test publishes the start event itself. */
    @Override
    public void start(String ref) {
        setState(ref, ContainerState.RUNNING);
    }

    void setState(String ref, ContainerState state) {
        Container c = inspect(ref);
        byName.put(c.name(), new Container(c.id(), c.name(), c.imageId(), c.config(), state, c.created(),
                Instant.now(), null, 42, null, false, null, c.runtime(), c.storageDriver(), c.rootfs(), c.logPath(), 0));
    }

    @Override
    public void stop(String ref, Duration timeout) {
        inspect(ref);
    }

    @Override
    public void kill(String ref, String signal) {
        inspect(ref);
    }

    @Override
    public void restart(String ref, Duration timeout) {
        inspect(ref);
    }

    @Override
    public synchronized void rename(String ref, String newName) {
        Container c = inspect(ref);
        if (!newName.matches("/?[a-zA-Z0-9][a-zA-Z0-9_.-]*")) {
            throw new InvalidArgumentException("invalid container name \"" + newName + "\"");
        }
        if (byName.containsKey(newName)) {
            throw new ConflictException("container name /" + newName + " is already in use");
        }
        byName.remove(c.name());
        byName.put(newName, new Container(c.id(), newName, c.imageId(), c.config(), c.state(), c.created(),
                c.startedAt(), c.finishedAt(), c.pid(), c.exitCode(), c.oomKilled(), c.error(), c.runtime(),
                c.storageDriver(), c.rootfs(), c.logPath(), c.restartCount()));
    }

    @Override
    public void remove(String ref, boolean force) {
        byName.remove(inspect(ref).name());
    }

    @Override
    public List<Container> list(boolean all) {
        return List.copyOf(byName.values());
    }

    @Override
    public CompletableFuture<ExitStatus> waitFor(String ref, WaitCondition condition) {
        inspect(ref);
        return exit;
    }

    @Override
    public void logs(String ref, LogOptions options, Predicate<LogEntry> sink) {
        Container c = inspect(ref);
        calls.add("logs " + c.name() + " " + c.state());
        if (logsBlockUntilInterrupted) {
            blockUntilInterrupted();
            return;
        }
        for (LogEntry e : log) {
            if (!sink.test(e)) {
                return;
            }
        }
    }

    private void blockUntilInterrupted() {
        logsBlocking.countDown();
        try {
            new java.util.concurrent.CountDownLatch(1).await();
        } catch (InterruptedException e) {
            logsInterrupted.countDown();
        }
    }

    @Override
    public ContainerStats stats(String ref) {
        return new ContainerStats(inspect(ref).id(), Instant.now(), Map.of("memory", Map.of("usage", 10L,
                "limit", -1L), "pids", Map.of("current", 1L, "limit", -1L)));
    }

    @Override
    public void update(String ref, Resources resources) {
        inspect(ref);
        updates.add(resources);
    }

    @Override
    public synchronized void updateRestartPolicy(String ref, RestartPolicy policy) {
        Container c = inspect(ref);
        byName.put(c.name(), new Container(c.id(), c.name(), c.imageId(),
                c.config().toBuilder().restartPolicy(policy).build(), c.state(), c.created(), c.startedAt(),
                c.finishedAt(), c.pid(), c.exitCode(), c.oomKilled(), c.error(), c.runtime(), c.storageDriver(),
                c.rootfs(), c.logPath(), c.restartCount()));
    }

    @Override
    public StdioStream attach(String ref, boolean stdin) {
        Container c = inspect(ref);
        if (c.state() != ContainerState.RUNNING) {
            throw new ConflictException("container " + c.name() + " is not running");
        }
        calls.add("attach " + c.name() + " stdin=" + stdin);
        return stdio;
    }

    @Override
    public void resize(String ref, int height, int width) {
        calls.add("resize " + inspect(ref).name() + " " + height + "x" + width);
    }

    @Override
    public TopResult top(String ref, String psArgs) {
        calls.add("top " + inspect(ref).name() + " " + psArgs);
        return new TopResult(List.of("UID", "PID", "CMD"), List.of(List.of("root", "42", "sleep 300")));
    }

    @Override
    public String createExec(String ref, ExecConfig config) {
        String execId = String.format("%064x", execs.size() + 1);
        execs.put(execId, new ExecInfo(execId, inspect(ref).id(), config, false, 0, null));
        return execId;
    }

    @Override
    public StdioStream startExec(String execId) {
        started(execId);
        return stdio;
    }

    @Override
    public void startExecDetached(String execId) {
        started(execId);
        calls.add("detached " + execId);
    }

    private void started(String execId) {
        ExecInfo info = inspectExec(execId);
        execs.put(execId, new ExecInfo(execId, info.containerId(), info.config(), true, 4242, null));
    }

    @Override
    public ExecInfo inspectExec(String execId) {
        ExecInfo info = execs.get(execId);
        if (info == null) {
            throw new NotFoundException("No such exec instance: " + execId);
        }
        return info;
    }

    @Override
    public void resizeExec(String execId, int height, int width) {
        calls.add("resizeExec " + inspectExec(execId).id() + " " + height + "x" + width);
    }

    @Override
    public void pause(String ref) {
        if (inspect(ref).state() != ContainerState.RUNNING) {
            throw new ConflictException("Container " + ref + " is not running");
        }
        setState(ref, ContainerState.PAUSED);
    }

    @Override
    public void unpause(String ref) {
        if (inspect(ref).state() != ContainerState.PAUSED) {
            throw new ConflictException("Container " + ref + " is not paused");
        }
        setState(ref, ContainerState.RUNNING);
    }

    @Override
    public PathStat statPath(String ref, String path) {
        inspect(ref);
        byte[] content = files.get(path);
        if (content == null) {
            throw new NotFoundException("no such file " + path);
        }
        boolean folder = path.equals("/");
        return new PathStat(path.substring(path.lastIndexOf('/') + 1), content.length,
                (folder ? PathStat.S_IFDIR | 0755 : 0100644), Instant.parse("2024-05-06T07:08:09Z"), "");
    }

    @Override
    public void copyFrom(String ref, String path, OutputStream tar) {
        statPath(ref, path);
        try {
            tar.write(("tar of " + path).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Records the path, the flag, and the number and SHA-256 of the bytes read. */
    @Override
    public void copyTo(String ref, String path, InputStream tar, boolean noOverwriteDirNonDir) {
        PathStat target = statPath(ref, path);
        if (!target.isDirectory()) {
            throw new InvalidArgumentException("extraction point is not a directory");
        }
        copiedIn.add(path + " " + noOverwriteDirNonDir + " " + Digests.of(tar));
    }

    @Override
    public void export(String ref, OutputStream tar) {
        try {
            tar.write(("export of " + inspect(ref).name()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<FileChange> changes(String ref) {
        inspect(ref);
        return List.copyOf(changes);
    }
}
