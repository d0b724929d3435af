package io.gantry.itests;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs Debian's docker CLI (or the one on PATH) against the engine's socket, with a private CLI config. */
final class DockerCli {
    record Cli(int exit, String output) {
    }

    private final Duration deadline;

    DockerCli(Duration deadline) {
        this.deadline = deadline;
    }

    Cli run(String... args) throws Exception {
        return withInput(command(args), null, true);
    }

    Cli runWithInput(String input, String... args) throws Exception {
        return withInput(command(args), input, true);
    }

    static List<String> command(String... args) {
        List<String> command = new ArrayList<>();
        command.add(binary());
        command.addAll(List.of(args));
        return command;
    }

    /**
     * Runs the command to its end with {@code input} on its stdin (null: /dev/null). Without
     * {@code endInput} the pipe stays open until the command ends, as a terminal's would: script(1) ends its
     * session at the end of its input.
     */
    Cli withInput(List<String> command, String input, boolean endInput) throws Exception {
        Process process = input == null ? start(command) : startPiped(command);
        try {
            if (input != null) {
                process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
                process.getOutputStream().flush();
                if (endInput) {
                    process.getOutputStream().close();
                }
            }
            CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(process));
            if (!process.waitFor(deadline.toSeconds(), TimeUnit.SECONDS)) {
                throw new AssertionError(String.join(" ", command) + " did not finish");
            }
            return new Cli(process.exitValue(), new String(out.get(deadline.toSeconds(), TimeUnit.SECONDS),
                    StandardCharsets.UTF_8));
        } finally {
            process.destroyForcibly();
        }
    }

    static Process start(List<String> command) throws IOException {
        return client(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
    }

    private static Process startPiped(List<String> command) throws IOException {
        return client(command).redirectInput(ProcessBuilder.Redirect.PIPE).start();
    }

    private static byte[] readAll(Process process) {
        try {
            return process.getInputStream().readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ProcessBuilder client(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DOCKER_HOST", "unix://" + System.getProperty("gantry.it.runRoot") + "/gantry.sock");
        builder.environment().put("DOCKER_CONFIG", System.getProperty("gantry.it.dataRoot") + "/docker-cli");
        // docker-compose talks to the API itself rather than handing interactive runs to a docker CLI
        builder.environment().put("COMPOSE_INTERACTIVE_NO_CLI", "1");
        return builder;
    }

    /** The CLI named by the system property gantry.it.docker, else Debian's (20.10) when installed, else PATH's. */
    static String binary() {
        String chosen = System.getProperty("gantry.it.docker");
        if (chosen != null && !chosen.isEmpty()) {
            return chosen;
        }
        return new File("/usr/bin/docker").canExecute() ? "/usr/bin/docker" : "docker";
    }
}
