package io.gantry.api.shim;

import io.gantry.api.runtime.OciRuntime;
import java.nio.file.Path;

/**
 * What the shim needs to create one container.
 *
 * @param logPath where the k8s-file log goes, null to keep no log
 * @param stdinOnce with {@code stdin}, the process's stdin closes when the first attached client stops writing to
 *        it (Docker's StdinOnce); otherwise it stays open for later attaches
 */
public record ShimRequest(String containerId, String name, Path bundleDir, OciRuntime runtime, Path logPath,
        boolean tty, boolean stdin, boolean stdinOnce) {
    /** A request whose stdin, if open, closes with its first attached client. */
    public ShimRequest(String containerId, String name, Path bundleDir, OciRuntime runtime, Path logPath,
            boolean tty, boolean stdin) {
        this(containerId, name, bundleDir, runtime, logPath, tty, stdin, true);
    }
}
