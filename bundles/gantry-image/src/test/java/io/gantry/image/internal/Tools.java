package io.gantry.image.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the host's image tools (skopeo, umoci) for comparisons. */
final class Tools {
    private Tools() {
    }

    /** Returns the standard output; fails with the error output if the tool fails or takes over a minute. */
    static String run(Path workDir, String... command) throws IOException, InterruptedException {
        Path err = Files.createTempFile(workDir, "tool", ".err");
        Process process = new ProcessBuilder(List.of(command)).directory(workDir.toFile())
                .redirectError(err.toFile()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError(String.join(" ", command) + " did not finish within a minute");
        }
        if (process.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed: " + Files.readString(err));
        }
        return out;
    }
}
