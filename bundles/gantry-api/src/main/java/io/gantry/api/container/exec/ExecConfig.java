package io.gantry.api.container.exec;

import java.util.List;

/**
 * A process to run in a running container, as `docker exec` asks for it. Null fields take the container's
 * values (user, working directory) or none (env adds to the container's).
 */
public record ExecConfig(List<String> cmd, List<String> env, String user, String workingDir, boolean tty,
        boolean attachStdin, boolean attachStdout, boolean attachStderr, boolean privileged) {
    public ExecConfig {
        cmd = cmd == null ? List.of() : List.copyOf(cmd);
        env = env == null ? List.of() : List.copyOf(env);
    }
}
