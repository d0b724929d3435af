package io.gantry.api.container.exec;

import io.gantry.api.container.attach.ConsoleSize;
import java.util.List;

/**
 * A process to run in a running container, as `docker exec` asks for it. Null fields take the container's
 * values (user, working directory) or none (env adds to the container's).
 *
 * @param detachKeys the keys that detach a client from the exec's terminal, as Docker writes them; null: ctrl-p,ctrl-q
 * @param consoleSize the terminal's size at the start (with {@code tty}); null: the runtime's default, until a resize
 */
public record ExecConfig(List<String> cmd, List<String> env, String user, String workingDir, boolean tty,
        boolean attachStdin, boolean attachStdout, boolean attachStderr, boolean privileged, String detachKeys,
        ConsoleSize consoleSize) {
    public ExecConfig {
        cmd = cmd == null ? List.of() : List.copyOf(cmd);
        env = env == null ? List.of() : List.copyOf(env);
    }

    /** An exec with the default detach keys and terminal size. */
    public ExecConfig(List<String> cmd, List<String> env, String user, String workingDir, boolean tty,
            boolean attachStdin, boolean attachStdout, boolean attachStderr, boolean privileged) {
        this(cmd, env, user, workingDir, tty, attachStdin, attachStdout, attachStderr, privileged, null, null);
    }
}
