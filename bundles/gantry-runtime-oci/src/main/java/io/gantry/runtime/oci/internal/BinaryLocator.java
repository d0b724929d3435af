package io.gantry.runtime.oci.internal;

import io.gantry.api.FailedPreconditionException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds a runtime's executable: the configured path, or else the first match on PATH. */
final class BinaryLocator {
    private BinaryLocator() {
    }

    static Path locate(RuntimeSettings settings) {
        String name = settings.name();
        Path configured = settings.binary();
        if (configured != null) {
            if (!Files.exists(configured)) {
                throw new FailedPreconditionException("runtime " + name + " not found: " + configured
                        + " does not exist; install the " + name + " package");
            }
            if (!Files.isExecutable(configured)) {
                throw new FailedPreconditionException("runtime " + name + " not usable: " + configured
                        + " is not executable");
            }
            return configured;
        }
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        return Stream.of(path.split(File.pathSeparator)).filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, name)).filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new FailedPreconditionException("runtime " + name + " not found on PATH "
                        + path + "; install the " + name + " package"));
    }
}
