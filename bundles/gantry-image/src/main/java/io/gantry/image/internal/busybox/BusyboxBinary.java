package io.gantry.image.internal.busybox;

import io.gantry.api.FailedPreconditionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/** The host's static busybox, and the applets it provides. */
public record BusyboxBinary(Path path) {
    private static final Pattern APPLET = Pattern.compile("[A-Za-z0-9_.\\[\\]-]+");
    private static final long LIST_TIMEOUT_SECONDS = 10;

    /** @throws FailedPreconditionException unless {@link #path} is a statically linked executable */
    void checkUsable() {
        if (!Files.isRegularFile(path) || !Files.isExecutable(path)) {
            throw unusable("there is no executable busybox at " + path);
        }
        try {
            if (!ElfFile.isElf(path)) {
                throw unusable(path + " is not an ELF executable");
            }
            if (ElfFile.needsInterpreter(path)) {
                throw unusable(path + " is dynamically linked, so it cannot run in an empty container");
            }
        } catch (IOException e) {
            throw unusable("cannot read " + path + ": " + e.getMessage());
        }
    }

    /** The applet names from {@code busybox --list}, without "busybox" itself. */
    SortedSet<String> applets() {
        try {
            Process process = new ProcessBuilder(path.toString(), "--list")
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            // the list is a few KB, well within the pipe buffer, so waiting first cannot dead-lock
            if (!process.waitFor(LIST_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw unusable(path + " --list did not finish within " + LIST_TIMEOUT_SECONDS + " s");
            }
            String output;
            try (InputStream stdout = process.getInputStream()) {
                output = new String(stdout.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (process.exitValue() != 0) {
                throw unusable(path + " --list failed with exit code " + process.exitValue());
            }
            SortedSet<String> applets = new TreeSet<>(output.lines().map(String::strip)
                    .filter(name -> APPLET.matcher(name).matches()).toList());
            applets.remove("busybox");
            return applets;
        } catch (IOException e) {
            throw unusable("cannot run " + path + " --list: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unusable("interrupted while running " + path + " --list");
        }
    }

    private static FailedPreconditionException unusable(String problem) {
        return new FailedPreconditionException(problem + "; install the busybox-static package or point "
                + "busybox.path (configuration io.gantry.image) at a static busybox");
    }
}
