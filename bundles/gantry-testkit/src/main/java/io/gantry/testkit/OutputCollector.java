package io.gantry.testkit;

import io.gantry.api.container.attach.OutputChunk;
import io.gantry.api.container.attach.StdioStream;
import io.gantry.api.container.monitor.LogEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Reads a stdio stream to its end on a thread of its own, so that a test can wait for its output with a deadline. */
public final class OutputCollector {
    private final StringBuffer stdout = new StringBuffer();
    private final StringBuffer stderr = new StringBuffer();
    private volatile boolean ended;
    private volatile IOException failure;

    private OutputCollector() {
    }

    public static OutputCollector of(StdioStream stream) {
        OutputCollector collector = new OutputCollector();
        Thread thread = new Thread(() -> collector.readAll(stream), "output collector");
        thread.setDaemon(true);
        thread.start();
        return collector;
    }

    private void readAll(StdioStream stream) {
        try {
            for (OutputChunk chunk = stream.read(); chunk != null; chunk = stream.read()) {
                (chunk.stream() == LogEntry.Stream.STDOUT ? stdout : stderr)
                        .append(new String(chunk.data(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            failure = e;
        } finally {
            ended = true;
        }
    }

    public void awaitStdout(String text) {
        Await.until("stdout contains \"" + text + "\" (stdout: \"" + stdout + "\", stderr: \"" + stderr + "\")",
                () -> stdout.indexOf(text) >= 0);
    }

    public void awaitStderr(String text) {
        Await.until("stderr contains \"" + text + "\" (stderr: \"" + stderr + "\")", () -> stderr.indexOf(text) >= 0);
    }

    /** Waits until read() returned null; fails if it threw instead. */
    public void awaitEnd() throws IOException {
        Await.until("the stream ends", () -> ended);
        if (failure != null) {
            throw failure;
        }
    }

    public String stdout() {
        return stdout.toString();
    }

    public String stderr() {
        return stderr.toString();
    }
}
