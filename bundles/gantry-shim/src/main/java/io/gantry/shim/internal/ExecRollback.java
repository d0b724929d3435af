package io.gantry.shim.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Undoes a failed exec start: ends its conmon and the relay, closes the socket and removes its folder. */
final class ExecRollback {
    private static final Logger LOG = LoggerFactory.getLogger(ExecRollback.class);
    private static final Duration KILL_WAIT = Duration.ofSeconds(5);

    private final ExecPaths paths;
    private Process relay;

    ExecRollback(ExecPaths paths) {
        this.paths = paths;
    }

    void relay(Process started) {
        this.relay = started;
    }

    void run(AttachSocket stdio) {
        if (stdio != null) {
            stdio.close();
        }
        OptionalInt conmon = ConmonProcesses.pid(paths.conmonPidFile());
        if (conmon.isPresent() && ConmonProcesses.isConmonFor(conmon.getAsInt(), paths.containerId())) {
            ConmonProcesses.killTree(conmon.getAsInt());
            if (!ConmonProcesses.awaitExit(conmon.getAsInt(), paths.containerId(), KILL_WAIT)) {
                LOG.warn("conmon {} of {} survived SIGKILL", conmon.getAsInt(), paths.execId());
            }
        }
        if (relay != null) {
            ConmonProcesses.killTree((int) relay.pid());
        }
        removeFolder(paths);
    }

    static void removeFolder(ExecPaths paths) {
        try {
            ShimFiles.deleteTree(paths.dir());
        } catch (IOException e) {
            LOG.warn("Cannot remove the folder {} of exec {}: {}", paths.dir(), paths.execId(), e.toString());
        }
    }
}
