package io.gantry.shim.internal;

import io.gantry.api.shim.ShimRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Undoes a failed start: ends conmon, deletes whatever the runtime created and removes every file the
 * shim or conmon made, including a log file that did not exist before.
 */
final class Rollback {
    private static final Logger LOG = LoggerFactory.getLogger(Rollback.class);
    private static final Duration KILL_WAIT = Duration.ofSeconds(5);

    private final ShimPaths paths;
    private final ShimRequest request;
    private final boolean logExisted;

    Rollback(ShimPaths paths, ShimRequest request) {
        this.paths = paths;
        this.request = request;
        this.logExisted = request.logPath() == null || Files.exists(request.logPath());
    }

    void run() {
        String id = request.containerId();
        OptionalInt conmon = ConmonProcesses.pid(paths.conmonPidFile(id));
        if (conmon.isPresent() && ConmonProcesses.isConmonFor(conmon.getAsInt(), id)) {
            ConmonProcesses.killTree(conmon.getAsInt());
            if (!ConmonProcesses.awaitExit(conmon.getAsInt(), id, KILL_WAIT)) {
                LOG.warn("conmon {} of container {} survived SIGKILL", conmon.getAsInt(), id);
            }
        }
        quietly("delete it in runtime " + request.runtime().name(), () -> request.runtime().delete(id, true));
        quietly("remove its shim files", () -> ShimFiles.removeRecords(paths, id));
        quietly("remove conmon's files from its bundle", () -> {
            ShimFiles.removeFromBundle(request.bundleDir());
            if (!logExisted) {
                Files.deleteIfExists(request.logPath());
            }
        });
    }

    private void quietly(String step, IoStep action) {
        try {
            action.run();
        } catch (IOException | RuntimeException e) {
            LOG.warn("After a failed start of container {}: cannot {}: {}", request.containerId(), step, e.toString());
        }
    }

    private interface IoStep {
        void run() throws IOException;
    }
}
