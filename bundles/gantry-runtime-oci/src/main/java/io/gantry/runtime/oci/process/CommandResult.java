package io.gantry.runtime.oci.process;

import java.util.List;

/** How an external command ended: its exit code and everything it printed. */
public record CommandResult(List<String> command, int exitCode, String stdout, String stderr) {
    public CommandResult {
        command = List.copyOf(command);
    }

    public boolean succeeded() {
        return exitCode == 0;
    }

    /** The error messages from stderr, or the exit status when the command printed none. */
    public String errorText() {
        String messages = ErrorMessages.extract(stderr);
        return messages.isEmpty() ? "exit status " + exitCode : messages;
    }
}
