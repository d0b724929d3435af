package io.gantry.shim.internal;

import io.gantry.api.FailedPreconditionException;
import io.gantry.api.container.attach.StdioStream;
import io.gantry.api.shim.ExecProcess;
import java.util.concurrent.CompletableFuture;

/** A process conmon runs in a container; its folder goes once its exit code is known. */
final class ExecSession implements ExecProcess {
    private final ExecPaths paths;
    private final int pid;
    private final AttachSocket stdio;
    private final CompletableFuture<Integer> exit;

    ExecSession(ExecPaths paths, int pid, AttachSocket stdio, CompletableFuture<Integer> exit) {
        this.paths = paths;
        this.pid = pid;
        this.stdio = stdio;
        this.exit = exit;
    }

    @Override
    public int pid() {
        return pid;
    }

    @Override
    public StdioStream stdio() {
        return stdio;
    }

    @Override
    public CompletableFuture<Integer> exit() {
        return exit;
    }

    @Override
    public void resize(int height, int width) {
        if (exit.isDone()) {
            throw new FailedPreconditionException("cannot resize the terminal of " + paths.description()
                    + ": it has ended");
        }
        ControlFifo.resize(paths.controlFifo(), height, width, paths.description());
    }
}
