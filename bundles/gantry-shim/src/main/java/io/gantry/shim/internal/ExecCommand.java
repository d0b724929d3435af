package io.gantry.shim.internal;

import io.gantry.api.shim.ExecRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The command line that has conmon run one exec session. As for a container ({@link ConmonCommand}), a shell
 * hands conmon its pipes: the sync pipe (fd 3) and the attach pipe (fd 5) both write to our stdout through
 * {@code cat}, which lives until the daemonized conmon ends and so carries the final exit message too; the
 * start pipe (fd 4) reads our stdin.
 */
final class ExecCommand {
    private static final String RELAY_PIPES = "\"$@\" 3>&1 4<&0 5>&1 </dev/null >/dev/null | cat";

    private ExecCommand() {
    }

    static Map<String, String> environment(boolean attach) {
        return attach ? Map.of("_OCI_SYNCPIPE", "3", "_OCI_STARTPIPE", "4", "_OCI_ATTACHPIPE", "5")
                : Map.of("_OCI_SYNCPIPE", "3");
    }

    static List<String> argv(Path conmon, ExecRequest request, Path runtimeBinary, ExecPaths paths, boolean attach) {
        List<String> argv = new ArrayList<>(List.of("/bin/sh", "-c", RELAY_PIPES, "sh"));
        argv.addAll(List.of(conmon.toString(), "--api-version", "1", "--exec",
                "--exec-process-spec", paths.processSpec().toString(), "-c", request.containerId(),
                "-u", request.execId(), "-r", runtimeBinary.toString(), "-b", paths.dir().toString(),
                "-p", paths.pidFile().toString(), "-P", paths.conmonPidFile().toString(), "-l", "none",
                "--exit-dir", paths.exits().toString(), "--full-attach", "--log-level", "error"));
        for (String runtimeArg : request.runtime().globalArgs()) {
            argv.addAll(List.of("--runtime-arg", runtimeArg));
        }
        if (attach) {
            argv.add("--exec-attach");
        }
        if (request.process().terminal) {
            argv.add("-t");
        }
        if (attach && request.stdin()) {
            argv.add("-i");
        }
        return argv;
    }
}
