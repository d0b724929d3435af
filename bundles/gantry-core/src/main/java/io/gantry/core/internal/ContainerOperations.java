package io.gantry.core.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gantry.api.NotFoundException;
import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.ContainerService;
import io.gantry.api.container.FileChange;
import io.gantry.api.container.ContainerState;
import io.gantry.api.container.ContainerStats;
import io.gantry.api.container.ExecConfig;
import io.gantry.api.container.ExecInfo;
import io.gantry.api.container.ExitStatus;
import io.gantry.api.container.LogEntry;
import io.gantry.api.container.LogOptions;
import io.gantry.api.container.PathStat;
import io.gantry.api.container.Resources;
import io.gantry.api.container.RestartPolicy;
import io.gantry.api.container.StdioStream;
import io.gantry.api.container.TopResult;
import io.gantry.api.container.WaitCondition;
import io.gantry.natives.Syscalls;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Predicate;

/** The container lifecycle, resolving each reference and handing the work to the class that owns it. */
final class ContainerOperations implements ContainerService {
    private final EngineParts parts;
    private final BooleanSupplier open;
    private final ContainerCreator creator;
    private final ContainerStarter starter;
    private final ContainerStopper stopper;
    private final ContainerRemover remover;
    private final ResourceOperations resources;
    private final ContainerStdio stdio;
    private final ProcessTop top;
    private final ExecOperations execs;
    private final ContainerRenamer renamer;
    private final ContainerPauser pauser;
    private final ContainerFiles files;
    private final ContainerChanges changes;

    ContainerOperations(EngineParts parts, ObjectMapper json, BooleanSupplier open, ContainerStopper stopper,
            ContainerRemover remover) {
        this.parts = parts;
        this.open = open;
        this.creator = new ContainerCreator(parts);
        this.starter = new ContainerStarter(parts, json);
        this.stopper = stopper;
        this.remover = remover;
        this.resources = new ResourceOperations(parts);
        this.stdio = new ContainerStdio(parts);
        this.top = new ProcessTop(parts);
        this.execs = new ExecOperations(parts, json);
        this.renamer = new ContainerRenamer(parts);
        this.pauser = new ContainerPauser(parts);
        this.files = new ContainerFiles(parts);
        this.changes = new ContainerChanges(parts);
    }

    @Override
    public Container create(ContainerConfig config) {
        return creator.create(config);
    }

    /** Like Docker's daemon, a container that should remove itself is removed when its start fails too. */
    @Override
    public void start(String ref) {
        ContainerHandle handle = parts.index().resolve(ref);
        try {
            starter.start(handle);
        } catch (RuntimeException e) {
            if (handle.view().config().autoRemove()) {
                try {
                    remover.remove(handle, true);
                } catch (RuntimeException removeFailure) {
                    e.addSuppressed(removeFailure);
                }
            }
            throw e;
        }
    }

    @Override
    public void stop(String ref, Duration timeout) {
        stopper.stop(parts.index().resolve(ref), timeout);
    }

    @Override
    public void kill(String ref, String signal) {
        stopper.kill(parts.index().resolve(ref), signal);
    }

    @Override
    public void restart(String ref, Duration timeout) {
        ContainerHandle handle = parts.index().resolve(ref);
        stopper.stop(handle, timeout);
        starter.start(handle);
    }

    @Override
    public void pause(String ref) {
        pauser.pause(parts.index().resolve(ref));
    }

    @Override
    public void unpause(String ref) {
        pauser.unpause(parts.index().resolve(ref));
    }

    @Override
    public void rename(String ref, String newName) {
        renamer.rename(parts.index().resolve(ref), newName);
    }

    @Override
    public void remove(String ref, boolean force) {
        remover.remove(parts.index().resolve(ref), force);
    }

    @Override
    public List<Container> list(boolean all) {
        return parts.index().all().stream().map(ContainerHandle::view).filter(c -> all || c.state().isLive())
                .sorted(Comparator.comparing(Container::created).reversed()).toList();
    }

    @Override
    public Container inspect(String ref) {
        return parts.index().resolve(ref).view();
    }

    /** Completes on an engine thread, so that callers' callbacks never run inside exit handling. */
    @Override
    public CompletableFuture<ExitStatus> waitFor(String ref, WaitCondition condition) {
        ContainerHandle handle = parts.index().resolve(ref);
        CompletableFuture<ExitStatus> done = handle.locked(() -> {
            ContainerRecord record = handle.record();
            if (handle.isRemoved()) {
                return condition == WaitCondition.REMOVED ? CompletableFuture.completedFuture(record.exitStatus())
                        : CompletableFuture.failedFuture(new NotFoundException("No such container: " + ref));
            }
            return switch (condition) {
                case NOT_RUNNING -> record.state.isLive() ? parts.waiters().nextExit(record.id)
                        : CompletableFuture.completedFuture(record.exitStatus());
                case NEXT_EXIT -> parts.waiters().nextExit(record.id);
                case REMOVED -> parts.waiters().removal(record.id);
            };
        });
        return done.thenApplyAsync(Function.identity(), parts.executor());
    }

    @Override
    public void logs(String ref, LogOptions options, Predicate<LogEntry> sink) {
        ContainerHandle handle = parts.index().resolve(ref);
        parts.followers().enter(handle.id());
        try {
            new LogReader(parts.settings().logPath(handle.id()), options, () -> open.getAsBoolean()
                    && !handle.isRemoved() && mayWriteLog(handle.view().state())).read(sink);
        } finally {
            parts.followers().leave(handle.id());
        }
    }

    @Override
    public ContainerStats stats(String ref) {
        return resources.stats(parts.index().resolve(ref));
    }

    @Override
    public void update(String ref, Resources changes) {
        resources.update(parts.index().resolve(ref), changes);
    }

    @Override
    public void updateRestartPolicy(String ref, RestartPolicy policy) {
        new RestartPolicyUpdater(parts).update(parts.index().resolve(ref), policy);
    }

    @Override
    public StdioStream attach(String ref, boolean stdin) {
        return stdio.attach(parts.index().resolve(ref), stdin);
    }

    @Override
    public void resize(String ref, int height, int width) {
        stdio.resize(parts.index().resolve(ref), height, width);
    }

    @Override
    public TopResult top(String ref, String psArgs) {
        return top.top(parts.index().resolve(ref), psArgs);
    }

    @Override
    public String createExec(String ref, ExecConfig config) {
        return execs.create(parts.index().resolve(ref), config);
    }

    @Override
    public StdioStream startExec(String execId) {
        return execs.start(execId, true);
    }

    @Override
    public void startExecDetached(String execId) {
        execs.start(execId, false);
    }

    @Override
    public ExecInfo inspectExec(String execId) {
        return execs.inspect(execId);
    }

    @Override
    public void resizeExec(String execId, int height, int width) {
        execs.resize(execId, height, width);
    }

    @Override
    public PathStat statPath(String ref, String path) {
        return files.stat(parts.index().resolve(ref), path);
    }

    @Override
    public void copyFrom(String ref, String path, OutputStream tar) {
        files.copyFrom(parts.index().resolve(ref), path, tar);
    }

    /** noOverwriteDirNonDir is not enforced: the extractor replaces what an entry names, like a layer does. */
    @Override
    public void copyTo(String ref, String path, InputStream tar, boolean noOverwriteDirNonDir) {
        files.copyTo(parts.index().resolve(ref), path, tar);
    }

    @Override
    public void export(String ref, OutputStream tar) {
        files.export(parts.index().resolve(ref), tar);
    }

    @Override
    public List<FileChange> changes(String ref) {
        return changes.of(parts.index().resolve(ref));
    }

    void useSyscalls(Syscalls syscalls) {
        files.useSyscalls(syscalls);
    }

    private static boolean mayWriteLog(ContainerState state) {
        return state == ContainerState.CREATED || state.isLive();
    }
}
