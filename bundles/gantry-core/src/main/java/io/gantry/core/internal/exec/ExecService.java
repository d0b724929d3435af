package io.gantry.core.internal.exec;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gantry.api.ConflictException;
import io.gantry.api.GantryException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.NotFoundException;
import io.gantry.api.container.Container;
import io.gantry.api.container.attach.ConsoleSize;
import io.gantry.api.container.attach.StdioStream;
import io.gantry.api.container.exec.ContainerExec;
import io.gantry.api.container.exec.ExecConfig;
import io.gantry.api.container.exec.ExecInfo;
import io.gantry.api.event.EventBus;
import io.gantry.api.oci.Process;
import io.gantry.api.oci.Spec;
import io.gantry.api.runtime.OciRuntime;
import io.gantry.api.shim.ExecProcess;
import io.gantry.api.shim.ExecRequest;
import io.gantry.api.shim.ShimManager;
import io.gantry.core.internal.attach.TerminalSize;
import io.gantry.core.internal.provider.ProviderDirectory;
import io.gantry.core.internal.spec.ProcessDefaults;
import io.gantry.core.internal.spec.UserResolver;
import io.gantry.core.internal.state.ContainerEvents;
import io.gantry.core.internal.state.ContainerHandle;
import io.gantry.core.internal.state.ContainerRecord;
import io.gantry.core.internal.state.EngineThreads;
import io.gantry.core.internal.state.Json;
import io.gantry.core.internal.state.RunningContainer;
import io.gantry.core.internal.state.StateStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * `docker exec`: processes started in a running container, each under a monitor of its own. The exec instances
 * live in memory only, as dockerd's do.
 */
@Component(service = ContainerExec.class)
public final class ExecService implements ContainerExec {
    /** How long a resize waits for an exec that is being started, as dockerd's does. */
    private static final Duration RESIZE_WAIT = Duration.ofSeconds(10);

    private final StateStore state;
    private final ProviderDirectory providers;
    private final ContainerEvents events;
    private final EngineThreads threads;
    private final ObjectMapper json = Json.MAPPER;
    private final ExecRegistry execs;

    @Activate
    public ExecService(@Reference(name = "state") StateStore state,
            @Reference(name = "providers") ProviderDirectory providers,
            @Reference(name = "threads") EngineThreads threads, @Reference(name = "eventBus") EventBus bus) {
        this.state = state;
        this.providers = providers;
        this.events = new ContainerEvents(bus);
        this.threads = threads;
        this.execs = new ExecRegistry(Clock.systemUTC(), id -> state.index().byId(id) != null);
    }

    @Override
    public String createExec(String ref, ExecConfig config) {
        ContainerHandle handle = state.index().resolve(ref);
        if (config.cmd().isEmpty()) {
            throw new InvalidArgumentException("no command specified for exec in container " + handle.view().name());
        }
        ProcessDefaults.checkEnv(config.env());
        Container container = RunningContainer.requireUnpaused(handle);
        if (config.user() != null && !config.user().isEmpty()) {
            // dockerd finds an unknown user after the start's hijack and writes the error into the stream; a start
            // refused before it would show clients no more than the status, so the user is checked here
            UserResolver.resolve(config.user(), Path.of(readSpec(state.paths().bundleDir(handle.id())).root.path));
        }
        ExecSession session = execs.add(handle.id(), config);
        events.publish(container, "exec_create: " + String.join(" ", config.cmd()),
                Map.of("execID", session.id()));
        return session.id();
    }

    @Override
    public StdioStream startExec(String execId) {
        return start(execId, true);
    }

    @Override
    public void startExecDetached(String execId) {
        start(execId, false);
    }

    /** @return the exec's stdio when {@code attach}, else null */
    private StdioStream start(String execId, boolean attach) {
        ExecSession session = execs.get(execId);
        ContainerHandle handle = state.index().byId(session.containerId());
        if (handle == null) {
            throw new NotFoundException("No such container: " + session.containerId());
        }
        session.markStarted();
        try {
            ExecProcess process = launch(handle, session, attach);
            session.running(process);
            events.publish(handle.view(), "exec_start: " + String.join(" ", session.config().cmd()),
                    Map.of("execID", execId));
            process.exit().whenCompleteAsync((code, error) -> ended(handle, session, code), threads);
            return attach ? new ExecStdio(process.stdio(), session) : null;
        } catch (RuntimeException e) {
            session.failed(execs.clock().instant());
            throw e;
        }
    }

    @Override
    public ExecInfo inspectExec(String execId) {
        return execs.get(execId).info();
    }

    /** Before the start the size is kept for it, as dockerd applies the first resize it gets. */
    @Override
    public void resizeExec(String execId, int height, int width) {
        TerminalSize.check(height, width);
        ExecSession session = execs.get(execId);
        ExecProcess process;
        try {
            process = session.toResize(new ConsoleSize(height, width), RESIZE_WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConflictException("interrupted while waiting for exec " + execId + " to run");
        }
        if (process != null) {
            providers.run("shim", () -> process.resize(height, width));
        }
    }

    private ExecProcess launch(ContainerHandle handle, ExecSession session, boolean attach) {
        Container container = RunningContainer.requireUnpaused(handle);
        OciRuntime runtime = providers.runtime(container.runtime());
        ShimManager shim = providers.shim();
        Path bundleDir = state.paths().bundleDir(handle.id());
        Process process = ExecProcessSpec.build(readSpec(bundleDir), session.config(), session.startSize());
        ExecRequest request = new ExecRequest(handle.id(), session.id(), bundleDir, runtime, process,
                attach && session.config().attachStdin());
        return providers.call("shim", () -> shim.exec(request, attach));
    }

    private Spec readSpec(Path bundleDir) {
        Path file = bundleDir.resolve("config.json");
        try {
            return json.readValue(file.toFile(), Spec.class);
        } catch (IOException e) {
            throw new GantryException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private void ended(ContainerHandle handle, ExecSession session, Integer code) {
        int exitCode = code == null ? ContainerRecord.LOST_EXIT_CODE : code;
        session.ended(exitCode, execs.clock().instant());
        events.publish(handle.view(), "exec_die",
                Map.of("execID", session.id(), "exitCode", Integer.toString(exitCode)));
    }
}
