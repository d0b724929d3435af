package io.gantry.itests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A command in a real terminal: a detached tmux session of a given size, on a tmux server of its own, typed into
 * with send-keys and read with capture-pane. When the command ends, the session shows "[exit N]" and stays.
 */
final class TmuxTerminal implements AutoCloseable {
    private static final Pattern EXIT = Pattern.compile("\\[exit (\\d+)]");

    private final Path server;
    private final Duration deadline;

    private TmuxTerminal(Path server, Duration deadline) {
        this.server = server;
        this.deadline = deadline;
    }

    /** Starts {@code command} (a shell command line) in a terminal of {@code width} x {@code height}. */
    static TmuxTerminal start(String command, int width, int height, Duration deadline) throws Exception {
        Path server = Path.of(System.getProperty("gantry.it.dataRoot"), "tmux-" + UUID.randomUUID() + ".sock");
        TmuxTerminal terminal = new TmuxTerminal(server, deadline);
        terminal.tmux("new-session", "-d", "-s", "t", "-x", Integer.toString(width), "-y", Integer.toString(height),
                // the shell survives a Ctrl-C sent to the terminal's foreground group, and reports the exit code
                "trap true INT; " + command + "; echo \"[exit $?]\"; while :; do sleep 3600; done");
        return terminal;
    }

    /** A docker CLI command line, with the engine's socket and the tests' CLI config. */
    static String docker(String args) {
        return "env DOCKER_HOST=unix://" + System.getProperty("gantry.it.runRoot") + "/gantry.sock DOCKER_CONFIG="
                + System.getProperty("gantry.it.dataRoot") + "/docker-cli " + DockerCli.binary() + " " + args;
    }

    /** The whole screen and its history, wrapped lines joined. */
    String screen() throws Exception {
        return tmux("capture-pane", "-p", "-J", "-t", "t", "-S", "-2000");
    }

    /** Waits until the screen contains {@code text}; returns the screen. */
    String await(String text) throws Exception {
        if (!shows(text, deadline)) {
            throw new AssertionError("the terminal never showed \"" + text + "\":\n" + screen());
        }
        return screen();
    }

    /** Whether the screen comes to contain {@code text} within {@code time}. */
    boolean shows(String text, Duration time) throws Exception {
        long end = System.nanoTime() + time.toNanos();
        while (!screen().contains(text)) {
            if (System.nanoTime() > end) {
                return false;
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
        return true;
    }

    /** Waits until the command has ended; its exit code. */
    int awaitExit() throws Exception {
        Matcher exit = EXIT.matcher(await("[exit "));
        if (!exit.find()) {
            throw new AssertionError("no exit code on the screen:\n" + screen());
        }
        return Integer.parseInt(exit.group(1));
    }

    /** Types the line and Enter. */
    void typeLine(String line) throws Exception {
        tmux("send-keys", "-t", "t", "-l", line);
        keys("Enter");
    }

    /** Presses keys by tmux's names: "C-c", "C-p", "Enter"... */
    void keys(String... names) throws Exception {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", "t"));
        args.addAll(List.of(names));
        tmux(args.toArray(String[]::new));
    }

    /** Resizes the window, as a terminal emulator whose window the user drags. */
    void resize(int width, int height) throws Exception {
        tmux("resize-window", "-t", "t", "-x", Integer.toString(width), "-y", Integer.toString(height));
    }

    private String tmux(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("tmux", "-S", server.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(deadline.toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }

    /** Ends the session and its command, and the private tmux server. */
    @Override
    public void close() throws Exception {
        try {
            tmux("kill-server");
        } catch (IOException alreadyGone) {
            // the server ends by itself once its last session is gone
        } finally {
            Files.deleteIfExists(server);
        }
    }
}
