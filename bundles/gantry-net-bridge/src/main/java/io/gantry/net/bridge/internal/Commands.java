package io.gantry.net.bridge.internal;

import io.gantry.api.GantryException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs host tools (ip, iptables, nsenter) to completion and returns what they printed. */
final class Commands {
    private static final long TIMEOUT_SECONDS = 30;
    private static final File DEV_NULL = new File("/dev/null");

    /** @throws GantryException naming the command and its error output if it fails */
    String run(List<String> argv) {
        Result result = tryRun(argv);
        if (result.exitCode() != 0) {
            throw new GantryException(String.join(" ", argv) + " failed: " + result.stderr().strip());
        }
        return result.stdout();
    }

    Result tryRun(List<String> argv) {
        try {
            Process process = new ProcessBuilder(argv).redirectInput(ProcessBuilder.Redirect.from(DEV_NULL)).start();
            CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
            String stdout = read(process.getInputStream());
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new GantryException(String.join(" ", argv) + " did not finish in " + TIMEOUT_SECONDS + "s");
            }
            return new Result(process.exitValue(), stdout, stderr.join());
        } catch (IOException e) {
            throw new GantryException("cannot run " + argv.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GantryException("interrupted while running " + String.join(" ", argv), e);
        }
    }

    private static String read(InputStream stream) {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Result(int exitCode, String stdout, String stderr) {
    }
}
