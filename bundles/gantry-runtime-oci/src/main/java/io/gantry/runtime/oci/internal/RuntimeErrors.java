package io.gantry.runtime.oci.internal;

import io.gantry.api.FailedPreconditionException;
import io.gantry.api.GantryException;
import io.gantry.api.NotFoundException;
import io.gantry.runtime.oci.process.CommandResult;
import java.nio.file.Files;
import java.util.regex.Pattern;

/**
 * Turns a failed runtime command into a typed error carrying the runtime's own message. Whether the
 * container exists is read from the runtime's state folder, which runc and crun both keep as
 * {@code <root>/<id>}; their wording for "no such container" differs.
 */
final class RuntimeErrors {
    /**
     * runc and crun wording for a container in the wrong state for the operation. crun reports a second
     * start as a missing exec.fifo, the fifo that the first start consumed.
     */
    private static final Pattern WRONG_STATE = Pattern.compile(
            "not running|already running|is running|has stopped|is stopped|paused|not paused|created state"
                    + "|no such process|not in created|exec\\.fifo",
            Pattern.CASE_INSENSITIVE);

    private RuntimeErrors() {
    }

    static GantryException of(RuntimeSettings settings, String operation, String id, CommandResult result) {
        String message = result.errorText();
        if (!exists(settings, id)) {
            return new NotFoundException("runtime " + settings.name() + " has no container " + id + ": " + message);
        }
        String what = "runtime " + settings.name() + " cannot " + operation + " container " + id + ": " + message;
        if (WRONG_STATE.matcher(message).find()) {
            return new FailedPreconditionException(what);
        }
        return new GantryException(what);
    }

    static boolean exists(RuntimeSettings settings, String id) {
        return Files.isDirectory(settings.stateRoot().resolve(id));
    }
}
