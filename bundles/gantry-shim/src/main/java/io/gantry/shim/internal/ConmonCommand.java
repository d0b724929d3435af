package io.gantry.shim.internal;

import io.gantry.api.shim.ShimRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line that starts conmon for one container. Java cannot hand a child extra file descriptors,
 * so it goes through {@code /bin/sh}: conmon's fd 3, its sync pipe ({@code _OCI_SYNCPIPE=3}), is a pipe
 * to the shell's {@code read}, which passes the one reply line on to our stdout. The relay keeps the
 * shell, our direct child, alive until the reply exists. Handing conmon our stdout pipe as fd 3 directly
 * loses the reply now and then: conmon's first process exits at once after forking the daemon, and the
 * JDK then drains and closes the pipe of the exited child unless a read is already blocked on it.
 * <p>
 * Without a terminal, {@code -i} gives the process a stdin pipe, which conmon closes when an attach client goes:
 * Docker's StdinOnce, which the docker CLI sets for every attached {@code -i}; without StdinOnce,
 * {@code --leave-stdin-open} keeps it open for the next attach.
 */
final class ConmonCommand {
    static final String SYNC_PIPE_FD = "3";
    private static final String RELAY_SYNC_PIPE =
            "\"$@\" 3>&1 >/dev/null | { read -r reply && printf '%s\\n' \"$reply\"; }";

    private ConmonCommand() {
    }

    static List<String> argv(Path conmon, ShimRequest request, Path runtimeBinary, ShimPaths paths) {
        String id = request.containerId();
        List<String> argv = new ArrayList<>(List.of("/bin/sh", "-c", RELAY_SYNC_PIPE, "sh"));
        argv.addAll(List.of(conmon.toString(), "--api-version", "1", "-c", id, "-u", id, "-n", name(request),
                "-r", runtimeBinary.toString(), "-b", request.bundleDir().toString(),
                "-p", paths.containerPidFile(id).toString(), "-P", paths.conmonPidFile(id).toString(),
                "-l", logDriver(request), "--exit-dir", paths.exits().toString(),
                "--socket-dir-path", paths.sockets().toString(), "--log-level", "error"));
        for (String runtimeArg : request.runtime().globalArgs()) {
            argv.addAll(List.of("--runtime-arg", runtimeArg));
        }
        if (request.tty()) {
            // conmon writes attached stdin to the terminal anyway; with -i it would close the terminal's input for
            // good when the first attach client goes, and a client that detached could never type again
            argv.add("-t");
        } else if (request.stdin()) {
            argv.add("-i");
            if (!request.stdinOnce()) {
                argv.add("--leave-stdin-open");
            }
        }
        return argv;
    }

    /** conmon's none driver keeps no log; attach still gets the output. */
    private static String logDriver(ShimRequest request) {
        return request.logPath() == null ? "none" : "k8s-file:" + request.logPath();
    }

    private static String name(ShimRequest request) {
        return request.name() == null || request.name().isBlank() ? request.containerId() : request.name();
    }
}
