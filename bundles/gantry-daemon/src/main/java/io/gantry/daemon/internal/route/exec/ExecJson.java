package io.gantry.daemon.internal.route.exec;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gantry.api.container.exec.ExecConfig;
import io.gantry.api.container.exec.ExecInfo;
import io.gantry.daemon.internal.stream.DetachKeys;
import java.util.Base64;
import java.util.List;

/** GET /exec/{id}/json in dockerd's shape. */
final class ExecJson {
    private final ObjectMapper json;

    ExecJson(ObjectMapper json) {
        this.json = json;
    }

    ObjectNode inspect(ExecInfo info) {
        ExecConfig config = info.config();
        ObjectNode out = json.createObjectNode().put("ID", info.id()).put("Running", info.running());
        if (info.exitCode() == null) {
            out.putNull("ExitCode");
        } else {
            out.put("ExitCode", info.exitCode());
        }
        ObjectNode process = out.putObject("ProcessConfig").put("tty", config.tty())
                .put("entrypoint", config.cmd().isEmpty() ? "" : config.cmd().get(0))
                .put("user", config.user() == null ? "" : config.user()).put("privileged", config.privileged());
        List<String> arguments = config.cmd().isEmpty() ? List.of() : config.cmd().subList(1, config.cmd().size());
        arguments.forEach(process.putArray("arguments")::add);
        out.put("OpenStdin", config.attachStdin()).put("OpenStdout", config.attachStdout())
                .put("OpenStderr", config.attachStderr())
                .put("CanRemove", false).put("ContainerID", info.containerId()).put("DetachKeys", config.detachKeys() == null || config.detachKeys().isEmpty() ? ""
                        : Base64.getEncoder().encodeToString(DetachKeys.parse(config.detachKeys())))
                .put("Pid", info.pid());
        return out;
    }
}
