package io.gantry.testkit.fake;

import io.gantry.api.NotFoundException;
import io.gantry.api.container.attach.StdioStream;
import io.gantry.api.container.exec.ContainerExec;
import io.gantry.api.container.exec.ExecConfig;
import io.gantry.api.container.exec.ExecInfo;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Execs in the containers of a {@link FakeContainers}, whatever their state. A started exec runs as {@link #PID}
 * until the test says otherwise, and every attached start hands out the one {@link #stdio}.
 */
public final class FakeExec implements ContainerExec {
    /** The pid a started exec shows. */
    public static final int PID = 4242;

    /** The stdio of every attached exec, played by the test. */
    public final FakeStdio stdio = new FakeStdio();
    /** Every exec created, by id; a test may replace one, e.g. with an exit code. */
    public final Map<String, ExecInfo> execs = new ConcurrentHashMap<>();
    private final FakeContainers containers;

    public FakeExec(FakeContainers containers) {
        this.containers = containers;
    }

    /** Journals "createExec &lt;container id&gt; &lt;cmd&gt;"; the n-th exec's id is n in 64 hex digits. */
    @Override
    public synchronized String createExec(String ref, ExecConfig config) {
        String containerId = containers.inspect(ref).id();
        String execId = String.format("%064x", execs.size() + 1);
        execs.put(execId, new ExecInfo(execId, containerId, config, false, 0, null));
        containers.calls.add("createExec " + containerId + " " + config.cmd());
        return execId;
    }

    /** Journals "startExec &lt;exec id&gt;". */
    @Override
    public StdioStream startExec(String execId) {
        started(execId);
        containers.calls.add("startExec " + execId);
        return stdio;
    }

    /** Journals "startExecDetached &lt;exec id&gt;". */
    @Override
    public void startExecDetached(String execId) {
        started(execId);
        containers.calls.add("startExecDetached " + execId);
    }

    @Override
    public ExecInfo inspectExec(String execId) {
        ExecInfo info = execs.get(execId);
        if (info == null) {
            throw new NotFoundException("No such exec instance: " + execId);
        }
        return info;
    }

    /** Journals "resizeExec &lt;exec id&gt; &lt;height&gt;x&lt;width&gt;". */
    @Override
    public void resizeExec(String execId, int height, int width) {
        containers.calls.add("resizeExec " + inspectExec(execId).id() + " " + height + "x" + width);
    }

    private void started(String execId) {
        ExecInfo info = inspectExec(execId);
        execs.put(execId, new ExecInfo(execId, info.containerId(), info.config(), true, PID, null));
    }
}
