package io.gantry.daemon.internal.route.exec;

import static io.gantry.daemon.internal.json.JsonKind.ARRAY;
import static io.gantry.daemon.internal.json.JsonKind.BOOLEAN;
import static io.gantry.daemon.internal.json.JsonKind.STRING;
import static io.gantry.daemon.internal.json.JsonKind.STRINGS;

import com.fasterxml.jackson.databind.JsonNode;
import io.gantry.api.InvalidArgumentException;
import io.gantry.api.container.attach.ConsoleSize;
import io.gantry.api.container.exec.ExecConfig;
import io.gantry.daemon.internal.json.BodySchema;
import io.gantry.daemon.internal.json.JsonFields;
import io.gantry.daemon.internal.stream.DetachKeys;

/** Reads the body of POST /containers/{id}/exec; unknown fields are ignored. */
final class ExecBody {
    /** The fields of the body with the Go types of dockerd's struct as JSON kinds. */
    static final BodySchema SCHEMA = new BodySchema()
            .with(BOOLEAN, "AttachStdin", "AttachStdout", "AttachStderr", "Tty", "Privileged")
            .with(STRING, "DetachKeys", "User", "WorkingDir")
            .with(STRINGS, "Env", "Cmd")
            .with(ARRAY, "ConsoleSize");
    private static final int MAX_SIZE = 0xFFFF;

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
                detachKeys == null || detachKeys.isEmpty() ? null : detachKeys, consoleSize(body));
    }

    /** Docker's [height, width] (API 1.42, which current CLIs send anyway); absent, null or [0, 0]: none. */
    static ConsoleSize consoleSize(JsonNode body) {
        JsonNode size = body.get("ConsoleSize");
        if (size == null || size.isNull()) {
            return null;
        }
        if (size.size() != 2 || !dimension(size.get(0)) || !dimension(size.get(1))) {
            throw new InvalidArgumentException("invalid ConsoleSize " + size + ": expected [height, width], each 0 to "
                    + MAX_SIZE);
        }
        int height = size.get(0).intValue();
        int width = size.get(1).intValue();
        return height == 0 && width == 0 ? null : new ConsoleSize(height, width);
    }

    private static boolean dimension(JsonNode n) {
        return n.canConvertToInt() && n.isIntegralNumber() && n.intValue() >= 0 && n.intValue() <= MAX_SIZE;
    }
}
