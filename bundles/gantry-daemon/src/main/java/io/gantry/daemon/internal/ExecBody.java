package io.gantry.daemon.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.gantry.api.container.ExecConfig;

/** Reads the body of POST /containers/{id}/exec; valid DetachKeys and unknown fields are ignored. */
final class ExecBody {
    private ExecBody() {
    }

    /** @param body checked against {@link BodySchemas#EXEC_CREATE} */
    static ExecConfig read(JsonNode body) {
        DetachKeys.check(JsonFields.string(body, "DetachKeys"));
        return new ExecConfig(JsonFields.strings(body, "Cmd"), JsonFields.strings(body, "Env"),
                JsonFields.string(body, "User"), JsonFields.string(body, "WorkingDir"), JsonFields.bool(body, "Tty"),
                JsonFields.bool(body, "AttachStdin"), JsonFields.bool(body, "AttachStdout"),
                JsonFields.bool(body, "AttachStderr"), JsonFields.bool(body, "Privileged"));
    }
}
