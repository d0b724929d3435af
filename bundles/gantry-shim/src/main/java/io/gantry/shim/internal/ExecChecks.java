package io.gantry.shim.internal;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.shim.ExecRequest;

/** Rejects an exec request conmon could only fail on, before anything is made. */
final class ExecChecks {
    private ExecChecks() {
    }

    static void check(ExecRequest request) {
        String what = "exec " + request.execId() + " in container " + request.containerId();
        if (request.runtime() == null) {
            throw new InvalidArgumentException("no runtime given for " + what);
        }
        if (request.process() == null || request.process().args == null || request.process().args.isEmpty()) {
            throw new InvalidArgumentException("invalid process for " + what + ": it has no command");
        }
    }
}
