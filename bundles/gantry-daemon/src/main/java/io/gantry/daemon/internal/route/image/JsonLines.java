package io.gantry.daemon.internal.route.image;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gantry.daemon.internal.server.ErrorStatus;
import io.gantry.daemon.internal.server.Exchange;
import io.gantry.daemon.internal.server.Replies;
import io.gantry.daemon.internal.stream.ChunkedStream;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.nio.charset.StandardCharsets;

/**
 * Docker's JSON message stream (pull, push, load, import): one object per line, each flushed at once. The
 * 200 header goes out with the first line, so an error before it still gets its own status code; an error
 * after it becomes an {@code errorDetail} line, which is how the docker CLI expects it.
 */
final class JsonLines {
    private final Replies replies;
    private final ObjectMapper json;
    private ChunkedStream stream;

    JsonLines(Exchange exchange) {
        this.replies = exchange.reply();
        this.json = exchange.json();
    }

    /** Runs the work, then ends the stream; an error before any line is rethrown for the usual status. */
    static void serve(Exchange exchange, java.util.function.Consumer<JsonLines> work) {
        JsonLines lines = new JsonLines(exchange);
        try {
            work.accept(lines);
        } catch (RuntimeException e) {
            if (lines.stream == null) {
                throw e;
            }
            lines.error(ErrorStatus.message(e));
        }
        lines.end();
    }

    ObjectNode object() {
        return json.createObjectNode();
    }

    synchronized void status(String status) {
        send(object().put("status", status));
    }

    /** A line about one layer, e.g. "Pull complete", with Docker's empty progressDetail. */
    synchronized void layer(String id, String status) {
        ObjectNode line = object().put("status", status);
        line.putObject("progressDetail");
        send(line.put("id", id));
    }

    synchronized void progress(String id, String status, long current, long total) {
        ObjectNode line = object().put("status", status);
        line.putObject("progressDetail").put("current", current).put("total", total);
        send(line.put("progress", ProgressBar.render(current, total)).put("id", id));
    }

    synchronized void send(ObjectNode line) {
        if (stream == null) {
            stream = replies.stream(HttpResponseStatus.OK, "application/json");
        }
        try {
            stream.write((json.writeValueAsString(line) + "\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a progress line", e);
        }
    }

    private synchronized void error(String message) {
        ObjectNode line = object();
        line.putObject("errorDetail").put("message", message);
        send(line.put("error", message));
    }

    private synchronized void end() {
        if (stream == null) {
            stream = replies.stream(HttpResponseStatus.OK, "application/json");
        }
        stream.end();
    }
}
