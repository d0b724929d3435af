package io.gantry.shim.internal;

import java.nio.file.Path;

/**
 * Where the shim keeps its files under {@code <run.root>/shim}: the exit files conmon writes, the attach
 * socket folders, and one folder per container with the pid files.
 */
record ShimPaths(Path root) {
    static final String EXITS = "exits";
    static final String SOCKETS = "sockets";

    Path exits() {
        return root.resolve(EXITS);
    }

    Path exitFile(String id) {
        return exits().resolve(id);
    }

    Path sockets() {
        return root.resolve(SOCKETS);
    }

    /** conmon links this to the bundle folder, where it makes the attach socket and the ctl fifo. */
    Path socketDir(String id) {
        return sockets().resolve(id);
    }

    Path attachSocket(String id) {
        return socketDir(id).resolve("attach");
    }

    Path containerDir(String id) {
        return root.resolve(id);
    }

    Path conmonPidFile(String id) {
        return containerDir(id).resolve("conmon.pid");
    }

    Path containerPidFile(String id) {
        return containerDir(id).resolve("container.pid");
    }

    /** What conmon printed before it detached from its stderr. */
    Path conmonErrors(String id) {
        return containerDir(id).resolve("conmon.err");
    }
}
