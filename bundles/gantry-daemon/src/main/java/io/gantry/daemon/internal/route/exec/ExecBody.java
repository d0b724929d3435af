package io.gantry.daemon.internal.route.exec;

import static io.gantry.daemon.internal.json.JsonKind.ARRAY;
import static io.gantry.daemon.internal.json.JsonKind.BOOLEAN;
import static io.gantry.daemon.internal.json.JsonKind.STRING;
import static io.gantry.daemon.internal.json.JsonKind.STRINGS;

import com.fasterxml.jackson.databind.JsonNode;
import io.gantry.api.container.exec.ExecConfig;
import io.gantry.daemon.internal.json.BodySchema;
import io.gantry.daemon.internal.json.JsonFields;
import io.gantry.daemon.internal.route.container.body.ConsoleSizeBody;
import io.gantry.daemon.internal.stream.DetachKeys;

/** Reads the body of POST /containers/{id}/exec; unknown fields are ignored. */
final class ExecBody {
    /** The fields of the body with the Go types of dockerd's struct as JSON kinds. */
    static final BodySchema SCHEMA = new BodySchema()
            .with(BOOLEAN, "AttachStdin", "AttachStdout", "AttachStderr", "Tty", "Privileged")
            .with(STRING, "DetachKeys", "User", "WorkingDir")
            .with(STRINGS, "Env", "Cmd")
            .with(ARRAY, "ConsoleSize");

    private ExecBody() {
    }

    /** @param body checked against {@link #SCHEMA} */
    static ExecConfig read(JsonNode body) {
        String detachKeys = JsonFields.string(body, "DetachKeys");
        DetachKeys.check(detachKeys);
        return new ExecConfig(JsonFields.strings(body, "Cmd"), JsonFields.strings(body, "Env"),
                JsonFields.string(body, "User"), JsonFields.string(body, "WorkingDir"), JsonFields.bool(body, "Tty"),
                JsonFields.bool(body, "AttachStdin"), JsonFields.bool(body, "AttachStdout"),
                JsonFields.bool(body, "AttachStderr"), JsonFields.bool(body, "Privileged"),
                detachKeys == null || detachKeys.isEmpty() ? null : detachKeys,
                ConsoleSizeBody.read(body, "ConsoleSize"));
    }
}
