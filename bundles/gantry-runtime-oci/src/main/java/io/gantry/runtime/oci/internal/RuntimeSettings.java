package io.gantry.runtime.oci.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * One runtime's settings in resolved form.
 *
 * @param binary the configured executable, or null to search PATH for {@code name}
 * @param stateRoot the directory passed as {@code --root}, which holds one folder per container
 */
record RuntimeSettings(String name, Path binary, Path stateRoot, Duration commandTimeout) {
    static RuntimeSettings of(String name, String binary, String runRoot, int timeoutSeconds) {
        Path executable = binary == null || binary.isBlank() ? null : Path.of(binary.strip());
        return new RuntimeSettings(name, executable, Path.of(runRoot, "runtime", name),
                Duration.ofSeconds(Math.max(1, timeoutSeconds)));
    }

    /** What goes before every subcommand; JSON log lines make the runtime's errors easy to pick out. */
    List<String> globalArgs() {
        return List.of("--root", stateRoot.toString(), "--log-format", "json");
    }
}
