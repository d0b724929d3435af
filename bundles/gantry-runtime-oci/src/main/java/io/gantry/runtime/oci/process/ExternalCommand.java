package io.gantry.runtime.oci.process;

import io.gantry.api.GantryException;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An external command run to completion within a deadline. Its input comes from a string (or /dev/null),
 * and stdout and stderr are each drained by a thread of their own, so a full pipe never blocks the child.
 * On timeout the command is killed.
 */
public final class ExternalCommand {
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    private static final File DEV_NULL = new File("/dev/null");

    private final List<String> argv;
    private final byte[] input;
    private final Duration timeout;

    private ExternalCommand(List<String> argv, byte[] input, Duration timeout) {
        if (argv.isEmpty()) {
            throw new IllegalArgumentException("a command needs at least the program to run");
        }
        this.argv = List.copyOf(argv);
        this.input = input;
        this.timeout = timeout;
    }

    public static ExternalCommand of(List<String> argv) {
        return new ExternalCommand(argv, null, DEFAULT_TIMEOUT);
    }

    public static ExternalCommand of(String... argv) {
        return of(List.of(argv));
    }

    /** Text written to the command's stdin, which is then closed. Without it, stdin is /dev/null. */
    public ExternalCommand withInput(String text) {
        return new ExternalCommand(argv, text.getBytes(StandardCharsets.UTF_8), timeout);
    }

    public ExternalCommand withTimeout(Duration limit) {
        return new ExternalCommand(argv, input, limit);
    }

    /**
     * Runs the command and returns however it exited.
     *
     * @throws GantryException if it cannot be started, times out or the calling thread is interrupted
     */
    public CommandResult run() {
        long deadline = System.nanoTime() + timeout.toNanos();
        Process process = start();
        StreamCollector stdout = StreamCollector.start(process.getInputStream(), "stdout of " + argv.get(0));
        StreamCollector stderr = StreamCollector.start(process.getErrorStream(), "stderr of " + argv.get(0));
        try {
            feedInput(process);
            if (!process.waitFor(remainingMillis(deadline), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                throw new GantryException(this + " timed out after " + timeout.toMillis() + " ms"
                        + withStderr(stderr.text(0)));
            }
            return new CommandResult(argv, process.exitValue(), stdout.text(remainingMillis(deadline)),
                    stderr.text(remainingMillis(deadline)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            stdout.close();
            stderr.close();
            throw new GantryException("interrupted while running " + this, e);
        }
    }

    /**
     * Runs the command and insists on success.
     *
     * @throws GantryException carrying the command's own error text when it exits non-zero
     */
    public CommandResult runChecked() {
        CommandResult result = run();
        if (!result.succeeded()) {
            throw new GantryException(this + " failed: " + result.errorText());
        }
        return result;
    }

    private Process start() {
        ProcessBuilder builder = new ProcessBuilder(argv);
        if (input == null) {
            builder.redirectInput(DEV_NULL);
        }
        try {
            return builder.start();
        } catch (IOException e) {
            throw new GantryException("cannot run " + argv.get(0) + ": " + e.getMessage(), e);
        }
    }

    private void feedInput(Process process) {
        if (input == null) {
            return;
        }
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(input);
        } catch (IOException exitedEarly) {
            // the command stopped reading; its exit status and stderr tell why
        }
    }

    private static long remainingMillis(long deadlineNanos) {
        return Math.max(0, TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime()));
    }

    private static String withStderr(String stderr) {
        String messages = ErrorMessages.extract(stderr);
        return messages.isEmpty() ? "" : ": " + messages;
    }

    /** The command line, as a user would type it. */
    @Override
    public String toString() {
        return String.join(" ", argv);
    }
}
