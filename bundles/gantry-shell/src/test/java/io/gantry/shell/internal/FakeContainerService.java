package io.gantry.shell.internal;

import io.gantry.api.NotFoundException;
import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerConfig;
import io.gantry.api.container.ContainerService;
import io.gantry.api.container.ContainerStats;
import io.gantry.api.container.ExecConfig;
import io.gantry.api.container.ExecInfo;
import io.gantry.api.container.ExitStatus;
import io.gantry.api.container.LogEntry;
import io.gantry.api.container.LogOptions;
import io.gantry.api.container.FileChange;
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
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * A ContainerService that records each call as a line in {@link #calls} and answers from {@link #containers}.
 * Its log reader hands out {@link #logEntries} and then ends the container with {@link #exitStatus}.
 */
public class FakeContainerService implements ContainerService {
    public final List<String> calls = new ArrayList<>();
    public final Map<String, Container> containers = new LinkedHashMap<>();
    public final List<LogEntry> logEntries = new ArrayList<>();
    public final CompletableFuture<ExitStatus> exit = new CompletableFuture<>();
    public ExitStatus exitStatus = new ExitStatus(0, false);
    public ContainerConfig created;
    public LogOptions logOptions;
    public ContainerStats stats;
    public int logEntriesTaken;
    /** The file system statPath, copyFrom and copyTo act on; set by tests that copy. */
    public Path rootfs;
    /** When set, copyFrom writes these bytes instead of a tar of the path. */
    public byte[] tarToServe;

    public Container add(Container c) {
        containers.put(c.id(), c);
        return c;
    }

    private Container find(String ref) {
        return containers.values().stream()
                .filter(c -> ref.equals(c.name()) || c.id().startsWith(ref))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("no such container: " + ref));
    }

    @Override
    public Container create(ContainerConfig config) {
        calls.add("create " + config.image());
        created = config;
        return add(Containers.created(Containers.id("c0ffee"), config.name(), config, Instant.now()));
    }

    @Override
    public void start(String ref) {
        calls.add("start " + find(ref).id());
    }

    @Override
    public void stop(String ref, Duration timeout) {
        calls.add("stop " + find(ref).id() + " " + timeout);
    }

    @Override
    public void kill(String ref, String signal) {
        calls.add("kill " + find(ref).id() + " " + signal);
    }

    @Override
    public void restart(String ref, Duration timeout) {
        calls.add("restart " + find(ref).id() + " " + timeout);
    }

    @Override
    public void rename(String ref, String newName) {
        calls.add("rename " + find(ref).id() + " " + newName);
    }

    @Override
    public void remove(String ref, boolean force) {
        calls.add("remove " + find(ref).id() + " force=" + force);
    }

    @Override
    public List<Container> list(boolean all) {
        calls.add("list all=" + all);
        return containers.values().stream().filter(c -> all || c.state().isLive()).toList();
    }

    @Override
    public Container inspect(String ref) {
        return find(ref);
    }

    @Override
    public CompletableFuture<ExitStatus> waitFor(String ref, WaitCondition condition) {
        calls.add("waitFor " + find(ref).id() + " " + condition);
        return exit;
    }

    @Override
    public void logs(String ref, LogOptions options, Predicate<LogEntry> sink) {
        calls.add("logs " + find(ref).id());
        logOptions = options;
        for (LogEntry entry : logEntries) {
            logEntriesTaken++;
            if (!sink.test(entry)) {
                return;
            }
        }
        exit.complete(exitStatus);
    }

    @Override
    public ContainerStats stats(String ref) {
        calls.add("stats " + find(ref).id());
        return stats;
    }

    @Override
    public void update(String ref, Resources resources) {
        calls.add("update " + find(ref).id() + " " + resources);
    }

    @Override
    public void updateRestartPolicy(String ref, RestartPolicy policy) {
        calls.add("updateRestartPolicy " + find(ref).id() + " " + policy.name() + ":" + policy.maximumRetryCount());
    }

    @Override
    public StdioStream attach(String ref, boolean stdin) {
        throw new UnsupportedOperationException("attach is not used by the shell tests");
    }

    @Override
    public void resize(String ref, int height, int width) {
        throw new UnsupportedOperationException("resize is not used by the shell tests");
    }

    @Override
    public TopResult top(String ref, String psArgs) {
        throw new UnsupportedOperationException("top is not used by the shell tests");
    }

    @Override
    public String createExec(String ref, ExecConfig config) {
        throw new UnsupportedOperationException("exec is not used by the shell tests");
    }

    @Override
    public StdioStream startExec(String execId) {
        throw new UnsupportedOperationException("exec is not used by the shell tests");
    }

    @Override
    public void startExecDetached(String execId) {
        throw new UnsupportedOperationException("exec is not used by the shell tests");
    }

    @Override
    public ExecInfo inspectExec(String execId) {
        throw new UnsupportedOperationException("exec is not used by the shell tests");
    }

    @Override
    public void resizeExec(String execId, int height, int width) {
        throw new UnsupportedOperationException("exec is not used by the shell tests");
    }

    @Override
    public void pause(String ref) {
        calls.add("pause " + find(ref).id());
    }

    @Override
    public void unpause(String ref) {
        calls.add("unpause " + find(ref).id());
    }

    @Override
    public PathStat statPath(String ref, String path) {
        find(ref);
        Path p = inRootfs(path);
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            throw new NotFoundException("no such file " + path);
        }
        int type = Files.isSymbolicLink(p) ? PathStat.S_IFLNK : Files.isDirectory(p) ? PathStat.S_IFDIR : 0100000;
        return new PathStat(p.getFileName() == null ? "/" : p.getFileName().toString(), 0, type | 0644,
                Instant.EPOCH, "");
    }

    @Override
    public void copyFrom(String ref, String path, OutputStream out) {
        statPath(ref, path);
        calls.add("copyFrom " + path);
        try {
            if (tarToServe != null) {
                out.write(tarToServe);
                return;
            }
            TarArchiveOutputStream tar = new TarArchiveOutputStream(out);
            Path top = inRootfs(path);
            try (var walk = Files.walk(top)) {
                for (Path p : walk.toList()) {
                    String name = top.getFileName() + (p.equals(top) ? "" : "/" + top.relativize(p));
                    TarArchiveEntry entry = new TarArchiveEntry(name + (Files.isDirectory(p) ? "/" : ""));
                    entry.setSize(Files.isDirectory(p) ? 0 : Files.size(p));
                    tar.putArchiveEntry(entry);
                    if (!Files.isDirectory(p)) {
                        Files.copy(p, tar);
                    }
                    tar.closeArchiveEntry();
                }
            }
            tar.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Extracts into the rootfs, trusting the entry names: the tests' own tars only. */
    @Override
    public void copyTo(String ref, String path, InputStream in, boolean noOverwriteDirNonDir) {
        find(ref);
        calls.add("copyTo " + path);
        try {
            TarArchiveInputStream tar = new TarArchiveInputStream(in);
            for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                Path target = inRootfs(path).resolve(e.getName());
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else if (e.isSymbolicLink()) {
                    Files.createSymbolicLink(target, Path.of(e.getLinkName()));
                } else {
                    Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path inRootfs(String path) {
        return rootfs.resolve(path.replaceAll("^/+", ""));
    }

    @Override
    public void export(String ref, OutputStream tar) {
        throw new UnsupportedOperationException("export is not used by the shell tests");
    }

    @Override
    public List<FileChange> changes(String ref) {
        calls.add("changes " + ref);
        return List.of(new FileChange("/etc", FileChange.Kind.MODIFIED), new FileChange("/etc/new", FileChange.Kind.ADDED),
                new FileChange("/bin/gone", FileChange.Kind.DELETED));
    }
}
