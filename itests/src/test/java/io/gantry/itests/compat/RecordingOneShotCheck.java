package io.gantry.itests.compat;

import com.github.dockerjava.api.DockerClient;
import org.testcontainers.containers.startupcheck.OneShotStartupCheckStrategy;

/**
 * Testcontainers' one-shot startup check, keeping the exit code it decided on: after a failed start
 * Testcontainers removes the container, so the code cannot be read from it later.
 */
final class RecordingOneShotCheck extends OneShotStartupCheckStrategy {
    private volatile Long exitCode;

    @Override
    public StartupStatus checkStartupState(DockerClient client, String containerId) {
        StartupStatus status = super.checkStartupState(client, containerId);
        if (status != StartupStatus.NOT_YET_KNOWN) {
            exitCode = getCurrentState(client, containerId).getExitCodeLong();
        }
        return status;
    }

    /** null until the container was seen to have exited */
    Long exitCode() {
        return exitCode;
    }
}
