package io.gantry.shim.internal;

import java.nio.file.Path;

/**
 * The folder of one exec session, {@code <container folder>/exec/<exec id>}. It is conmon's bundle folder
 * (ctl fifo, attach socket) and holds the session's own exit folder, so the container's exit watcher never
 * sees an exec end: conmon names the exit file after the container id in both cases.
 */
record ExecPaths(Path dir, String containerId, String execId) {
    static ExecPaths of(ShimPaths paths, String containerId, String execId) {
        return new ExecPaths(paths.containerDir(containerId).resolve("exec").resolve(execId), containerId, execId);
    }

    /** Names the session in messages. */
    String description() {
        return "exec " + execId + " in container " + containerId;
    }

    Path processSpec() {
        return dir.resolve("process.json");
    }

    Path pidFile() {
        return dir.resolve("exec.pid");
    }

    Path conmonPidFile() {
        return dir.resolve("conmon.pid");
    }

    Path conmonErrors() {
        return dir.resolve("conmon.err");
    }

    Path exits() {
        return dir.resolve("exits");
    }

    Path exitFile() {
        return exits().resolve(containerId);
    }

    /** Made by conmon with --full-attach, which puts it here whatever the length of the path. */
    Path attachSocket() {
        return dir.resolve("attach");
    }

    Path controlFifo() {
        return dir.resolve("ctl");
    }
}
