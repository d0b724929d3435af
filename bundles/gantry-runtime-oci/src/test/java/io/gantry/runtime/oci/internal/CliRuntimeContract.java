package io.gantry.runtime.oci.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gantry.api.FailedPreconditionException;
import io.gantry.api.runtime.OciRuntime;
import io.gantry.testkit.conformance.OciRuntimeConformanceTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The conformance suite, plus what runc and crun share as {@link CliRuntime}s: where the binary and the state are. */
abstract class CliRuntimeContract extends OciRuntimeConformanceTest {
    /** The runtime under test with its state under {@code runRoot} and {@code binary} as its executable. */
    abstract OciRuntime runtime(Path runRoot, String binary);

    abstract String defaultBinary();

    @Override
    protected OciRuntime createRuntime(Path runRoot) {
        return runtime(runRoot, defaultBinary());
    }

    @Override
    protected Optional<OciRuntime> createRuntime(Path runRoot, Path binary) {
        return Optional.of(runtime(runRoot, binary.toString()));
    }

    @Test
    void tellsWhatToInstallWhenTheBinaryIsMissing() {
        String missing = temp.resolve("bin/" + runtime.name()).toString();
        FailedPreconditionException e = assertThrows(FailedPreconditionException.class,
                () -> runtime(temp.resolve("run"), missing).binary());
        assertEquals("runtime " + runtime.name() + " not found: " + missing + " does not exist; install the "
                + runtime.name() + " package", e.getMessage());
    }

    @Test
    void searchesPathWhenNoBinaryIsConfigured() {
        Path found = runtime(temp.resolve("run"), "").binary();
        assertEquals(runtime.name(), found.getFileName().toString());
        assertTrue(Files.isExecutable(found), found + " is executable");
    }

    @Test
    void keepsItsStateUnderTheRunRoot() {
        assertEquals(List.of("--root", temp.resolve("run/runtime/" + runtime.name()).toString(), "--log-format",
                "json"), runtime.globalArgs());
    }
}
