package io.gantry.shim.internal;

import io.gantry.api.ConflictException;
import io.gantry.api.FailedPreconditionException;
import io.gantry.api.GantryException;
import io.gantry.api.NotFoundException;
import io.gantry.api.config.EngineRoots;
import io.gantry.api.container.attach.StdioStream;
import io.gantry.api.runtime.RuntimeState;
import io.gantry.api.shim.ExecProcess;
import io.gantry.api.shim.ExecRequest;
import io.gantry.api.shim.ShimManager;
import io.gantry.api.shim.ShimProcess;
import io.gantry.api.shim.ShimRequest;
import io.gantry.natives.NativeException;
import io.gantry.natives.Syscalls;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The conmon shim: one daemonized conmon per container runs {@code runtime create}, holds the container's
 * stdio, writes the k8s-file log (unless asked for none) and the exit file, and outlives this component and the JVM.
 */
@Component(name = "io.gantry.shim.conmon", service = ShimManager.class,
        configurationPid = {EngineRoots.PID, "io.gantry.shim.conmon"},
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class ConmonShimManager implements ShimManager {
    /** How long cleanup waits for a conmon whose container was just killed to write its exit file and end. */
    private static final Duration CONMON_EXIT_WAIT = Duration.ofSeconds(2);

    private final Path binary;
    private final Duration createTimeout;
    private final ShimPaths paths;
    private final ExitNotifier exits;
    private final ConmonLauncher launcher;
    private final ExitWatcher watcher;
    private final Syscalls syscalls;
    private final ExecLauncher execLauncher;

    @Activate
    public ConmonShimManager(EngineRoots roots, ConmonConfig config, @Reference(name = "syscalls") Syscalls syscalls) {
        this.syscalls = syscalls;
        this.binary = Path.of(config.binary());
        this.createTimeout = Duration.ofSeconds(Math.max(1, config.create_timeout()));
        this.paths = new ShimPaths(Path.of(roots.run_root(), "shim"));
        this.exits = new ExitNotifier(paths);
        try {
            Files.createDirectories(paths.exits());
            Files.createDirectories(paths.sockets());
            this.watcher = ExitWatcher.start(paths.exits(), exits::exitFileChanged);
        } catch (IOException e) {
            throw new GantryException("cannot prepare shim folder " + paths.root() + ": " + e, e);
        }
        this.launcher = new ConmonLauncher(paths);
        this.execLauncher = new ExecLauncher(paths, syscalls);
    }

    /** Leaves every conmon running: containers outlive the engine. */
    @Deactivate
    void deactivate() {
        watcher.close();
    }

    @Override
    public String name() {
        return "conmon";
    }

    @Override
    public ShimProcess start(ShimRequest request) {
        String id = ShimIds.check(request.containerId());
        Path conmon = conmonBinary();
        RequestChecks.check(request);
        Path runtimeBinary = request.runtime().binary();
        OptionalInt running = liveConmon(id);
        if (running.isPresent()) {
            throw new ConflictException("container " + id + " already has a running conmon (pid "
                    + running.getAsInt() + ")");
        }
        ShimFiles.removeRecords(paths, id);
        exits.forget(id);
        Rollback rollback = new Rollback(paths, request);
        try {
            Files.createDirectories(paths.containerDir(id));
            int containerPid = launcher.launch(conmon, request, runtimeBinary, createTimeout);
            int shimPid = ConmonProcesses.pid(paths.conmonPidFile(id)).orElseThrow(
                    () -> new GantryException("conmon of container " + id + " wrote no pid file"));
            Path attach = paths.attachSocket(id);
            return new ShimProcess(id, shimPid, containerPid, Files.exists(attach) ? attach : null);
        } catch (IOException e) {
            rollback.run();
            throw new GantryException("cannot start conmon for container " + id + ": " + e, e);
        } catch (RuntimeException e) {
            rollback.run();
            throw e;
        }
    }

    @Override
    public Optional<Integer> exitCode(String containerId) {
        return exits.exitCode(ShimIds.check(containerId));
    }

    @Override
    public boolean isAlive(String containerId) {
        return liveConmon(ShimIds.check(containerId)).isPresent();
    }

    @Override
    public void addExitListener(Consumer<String> listener) {
        exits.add(listener);
    }

    @Override
    public void removeExitListener(Consumer<String> listener) {
        exits.remove(listener);
    }

    @Override
    public StdioStream attach(String containerId) {
        String id = ShimIds.check(containerId);
        int conmon = runningConmon(id, "attach to");
        List<String> argv = ConmonProcesses.arguments(conmon);
        boolean stdin = argv.contains("-i") || argv.contains("-t");
        try {
            return AttachSocket.connect(syscalls, paths.attachSocket(id), stdin, "container " + id);
        } catch (NativeException e) {
            if (exits.exitCode(id).isPresent() || liveConmon(id).isEmpty()) {
                throw new FailedPreconditionException("cannot attach to container " + id + ": it is not running");
            }
            throw new GantryException("cannot attach to container " + id + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void resize(String containerId, int height, int width) {
        String id = ShimIds.check(containerId);
        runningConmon(id, "resize the terminal of");
        ControlFifo.resize(paths.socketDir(id).resolve("ctl"), height, width, "container " + id);
    }

    @Override
    public void reopenLog(String containerId) {
        String id = ShimIds.check(containerId);
        // conmon writes the log until it ends, which may be a little after the container's exit
        if (liveConmon(id).isEmpty()) {
            throw new FailedPreconditionException("cannot reopen the log of container " + id
                    + ": its monitor has ended");
        }
        ControlFifo.reopenLog(paths.socketDir(id).resolve("ctl"), "container " + id);
    }

    @Override
    public ExecProcess exec(ExecRequest request, boolean attach) {
        String id = ShimIds.check(request.containerId());
        ShimIds.checkExec(request.execId());
        ExecChecks.check(request);
        Path conmon = conmonBinary();
        Path runtimeBinary = request.runtime().binary();
        RuntimeState state = request.runtime().state(id);
        if (!"running".equals(state.status())) {
            throw new FailedPreconditionException("cannot exec in container " + id + ": it is " + state.status()
                    + ", not running");
        }
        return execLauncher.launch(conmon, request, runtimeBinary, attach, createTimeout);
    }

    @Override
    public void cleanup(String containerId) {
        String id = ShimIds.check(containerId);
        OptionalInt running = liveConmon(id);
        if (running.isPresent() && !ConmonProcesses.awaitExit(running.getAsInt(), id, CONMON_EXIT_WAIT)) {
            throw new FailedPreconditionException("cannot clean up container " + id + ": its conmon (pid "
                    + running.getAsInt() + ") still runs; kill and delete the container first");
        }
        ShimFiles.removeRecords(paths, id);
        exits.forget(id);
    }

    /** The pid of the container's live conmon, else a not-found or not-running error. */
    private int runningConmon(String id, String action) {
        OptionalInt conmon = liveConmon(id);
        if (conmon.isPresent() && exits.exitCode(id).isEmpty()) {
            return conmon.getAsInt();
        }
        if (!Files.isDirectory(paths.containerDir(id))) {
            throw new NotFoundException("cannot " + action + " container " + id + ": the shim has no such container");
        }
        throw new FailedPreconditionException("cannot " + action + " container " + id + ": it is not running");
    }

    private OptionalInt liveConmon(String id) {
        OptionalInt pid = ConmonProcesses.pid(paths.conmonPidFile(id));
        return pid.isPresent() && ConmonProcesses.isConmonFor(pid.getAsInt(), id) ? pid : OptionalInt.empty();
    }

    private Path conmonBinary() {
        if (!Files.exists(binary)) {
            throw new FailedPreconditionException("shim conmon not found: " + binary
                    + " does not exist; install the conmon package");
        }
        if (!Files.isExecutable(binary)) {
            throw new FailedPreconditionException("shim conmon not usable: " + binary + " is not executable");
        }
        return binary;
    }
}
