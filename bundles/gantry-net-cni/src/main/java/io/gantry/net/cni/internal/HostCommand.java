package io.gantry.net.cni.internal;

import io.gantry.api.GantryException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs a host tool (ip, nsenter) to completion and returns its output. */
final class HostCommand {
    private static final long TIMEOUT_SECONDS = 10;

    private HostCommand() {
    }

    /** @throws GantryException naming the command and what it printed if it fails */
    static String run(List<String> argv) {
        String command = String.join(" ", argv);
        try {
            Process process = new ProcessBuilder(argv).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
            CompletableFuture<byte[]> output = CompletableFuture.supplyAsync(() -> {
                try {
                    return process.getInputStream().readAllBytes();
                } catch (IOException e) {
                    return new byte[0];
                }
            });
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new GantryException(command + " did not finish within " + TIMEOUT_SECONDS + "s");
            }
            String text = new String(output.join(), StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new GantryException(command + " failed: " + text.strip());
            }
            return text;
        } catch (IOException e) {
            throw new GantryException("cannot run " + command + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GantryException(command + " was interrupted", e);
        }
    }
}
