package io.gantry.shim.internal;

import io.gantry.api.container.LogEntry;
import io.gantry.api.container.OutputChunk;
import io.gantry.api.container.StdioStream;
import io.gantry.testkit.Await;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Reads a stdio stream to its end on a thread of its own, so that tests can wait for output with a deadline. */
final class OutputCollector {
    private final StringBuffer stdout = new StringBuffer();
    private final StringBuffer stderr = new StringBuffer();
    private volatile boolean ended;
    private volatile IOException failure;

    private OutputCollector() {
    }

    static OutputCollector of(StdioStream stream) {
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

    void awaitStdout(String text) {
        Await.until("stdout contains \"" + text + "\" (stdout: \"" + stdout + "\", stderr: \"" + stderr + "\")",
                () -> stdout.indexOf(text) >= 0);
    }

    void awaitStderr(String text) {
        Await.until("stderr contains \"" + text + "\" (stderr: \"" + stderr + "\")", () -> stderr.indexOf(text) >= 0);
    }

    /** Waits until read() returned null; fails if it threw instead. */
    void awaitEnd() throws IOException {
        Await.until("the stream ends", () -> ended);
        if (failure != null) {
            throw failure;
        }
    }

    String stdout() {
        return stdout.toString();
    }

    String stderr() {
        return stderr.toString();
    }
}
