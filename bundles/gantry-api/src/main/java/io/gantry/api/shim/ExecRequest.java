package io.gantry.api.shim;

import io.gantry.api.oci.Process;
import io.gantry.api.runtime.OciRuntime;
import java.nio.file.Path;

/**
 * A process to run in a running container under a monitor.
 *
 * @param bundleDir the container's OCI bundle
 * @param process the process spec (args, env, cwd, user, terminal, capabilities)
 */
public record ExecRequest(String containerId, String execId, Path bundleDir, OciRuntime runtime, Process process,
        boolean stdin) {
}
