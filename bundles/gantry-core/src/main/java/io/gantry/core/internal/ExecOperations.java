package io.gantry.core.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gantry.api.ConflictException;
import io.gantry.api.GantryException;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.NotFoundException;
import io.gantry.api.container.Container;
import io.gantry.api.container.ExecConfig;
import io.gantry.api.container.ExecInfo;
import io.gantry.api.container.StdioStream;
import io.gantry.api.oci.Process;
import io.gantry.api.oci.Spec;
import io.gantry.api.runtime.OciRuntime;
import io.gantry.api.shim.ExecProcess;
import io.gantry.api.shim.ExecRequest;
import io.gantry.api.shim.ShimManager;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** `docker exec`: processes started in a running container, each under a monitor of its own. */
final class ExecOperations {
    private final EngineParts parts;
    private final ObjectMapper json;

    ExecOperations(EngineParts parts, ObjectMapper json) {
        this.parts = parts;
        this.json = json;
    }

    String create(ContainerHandle handle, ExecConfig config) {
        if (config.cmd().isEmpty()) {
            throw new InvalidArgumentException("no command specified for exec in container " + handle.view().name());
        }
        ProcessDefaults.checkEnv(config.env());
        Container container = RunningContainer.requireUnpaused(handle);
        ExecSession session = parts.execs().add(handle.id(), config);
        parts.events().publish(container, "exec_create: " + String.join(" ", config.cmd()),
                Map.of("execID", session.id()));
        return session.id();
    }

    /** @return the exec's stdio when {@code attach}, else null */
    StdioStream start(String execId, boolean attach) {
        ExecSession session = parts.execs().get(execId);
        ContainerHandle handle = parts.index().byId(session.containerId());
        if (handle == null) {
            throw new NotFoundException("No such container: " + session.containerId());
        }
        session.markStarted();
        try {
            ExecProcess process = launch(handle, session, attach);
            session.running(process);
            parts.events().publish(handle.view(), "exec_start: " + String.join(" ", session.config().cmd()),
                    Map.of("execID", execId));
            process.exit().whenCompleteAsync((code, error) -> ended(handle, session, code), parts.executor());
            return attach ? new ExecStdio(process.stdio(), session) : null;
        } catch (RuntimeException e) {
            session.failed(parts.execs().clock().instant());
            throw e;
        }
    }

    ExecInfo inspect(String execId) {
        return parts.execs().get(execId).info();
    }

    void resize(String execId, int height, int width) {
        TerminalSize.check(height, width);
        ExecSession session = parts.execs().get(execId);
        ExecProcess process = session.process();
        if (process == null || !session.info().running()) {
            throw new ConflictException("exec " + execId + " is not running");
        }
        ProviderCalls.run("shim", () -> process.resize(height, width));
    }

    private ExecProcess launch(ContainerHandle handle, ExecSession session, boolean attach) {
        Container container = RunningContainer.requireUnpaused(handle);
        OciRuntime runtime = parts.providers().runtime(container.runtime());
        ShimManager shim = parts.providers().shim();
        Path bundleDir = parts.settings().bundleDir(handle.id());
        Process process = ExecProcessSpec.build(readSpec(bundleDir), session.config());
        ExecRequest request = new ExecRequest(handle.id(), session.id(), bundleDir, runtime, process,
                attach && session.config().attachStdin());
        return ProviderCalls.get("shim", () -> shim.exec(request, attach));
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
        int exitCode = code == null ? ExitHandler.LOST_EXIT_CODE : code;
        session.ended(exitCode, parts.execs().clock().instant());
        parts.events().publish(handle.view(), "exec_die",
                Map.of("execID", session.id(), "exitCode", Integer.toString(exitCode)));
    }
}
