package io.gantry.shim.internal;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.shim.ShimRequest;
import java.nio.file.Files;
import java.nio.file.Path;

/** Rejects a request conmon could only fail on, before anything is made. */
final class RequestChecks {
    private RequestChecks() {
    }

    static void check(ShimRequest request) {
        String id = request.containerId();
        if (request.runtime() == null) {
            throw new InvalidArgumentException("no runtime given for container " + id);
        }
        Path bundle = request.bundleDir();
        if (bundle == null || !Files.isRegularFile(bundle.resolve("config.json"))) {
            throw new InvalidArgumentException("invalid bundle " + bundle + " for container " + id
                    + ": it has no config.json");
        }
        Path log = request.logPath();
        if (log != null && (log.getParent() == null || !Files.isDirectory(log.getParent()))) {
            throw new InvalidArgumentException("invalid log path " + log + " for container " + id
                    + ": its folder does not exist");
        }
    }
}
