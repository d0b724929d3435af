package io.gantry.api.shim;

import io.gantry.api.runtime.OciRuntime;
import java.nio.file.Path;

/**
 * What the shim needs to create one container.
 *
 * @param logPath where the k8s-file log goes
 */
public record ShimRequest(String containerId, String name, Path bundleDir, OciRuntime runtime, Path logPath,
        boolean tty, boolean stdin) {
}
