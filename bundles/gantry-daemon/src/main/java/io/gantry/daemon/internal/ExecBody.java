package io.gantry.daemon.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.gantry.api.container.ExecConfig;

/** Reads the body of POST /containers/{id}/exec; DetachKeys and unknown fields are ignored. */
final class ExecBody {
    private ExecBody() {
    }

    static ExecConfig read(JsonNode body) {
        return new ExecConfig(JsonFields.strings(body, "Cmd"), JsonFields.strings(body, "Env"),
                JsonFields.string(body, "User"), JsonFields.string(body, "WorkingDir"), JsonFields.bool(body, "Tty"),
                JsonFields.bool(body, "AttachStdin"), JsonFields.bool(body, "Privileged"));
    }
}
