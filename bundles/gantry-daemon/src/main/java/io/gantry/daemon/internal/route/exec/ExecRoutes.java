package io.gantry.daemon.internal.route.exec;

import static io.gantry.daemon.internal.json.JsonKind.ARRAY;
import static io.gantry.daemon.internal.json.JsonKind.BOOLEAN;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gantry.api.container.attach.ConsoleSize;
import io.gantry.api.container.attach.StdioStream;
import io.gantry.api.container.exec.ContainerExec;
import io.gantry.api.container.exec.ExecInfo;
import io.gantry.daemon.internal.json.BodySchema;
import io.gantry.daemon.internal.json.JsonFields;
import io.gantry.daemon.internal.route.container.body.ConsoleSizeBody;
import io.gantry.daemon.internal.server.Exchange;
import io.gantry.daemon.internal.server.Router;
import io.gantry.daemon.internal.server.TerminalQuery;
import io.gantry.daemon.internal.stream.ByteSink;
import io.gantry.daemon.internal.stream.Frames;
import io.gantry.daemon.internal.stream.StdinRelay;
import io.gantry.daemon.internal.stream.StdioPump;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * `docker exec`: create, start (detached, hijacked with stdin, or as a plain streamed response for clients
 * that do not upgrade, such as docker-java), inspect and resize.
 */
public final class ExecRoutes {
    private static final BodySchema START = new BodySchema().with(BOOLEAN, "Detach", "Tty").with(ARRAY, "ConsoleSize");

    private final ContainerExec execs;
    private final ExecJson shapes;

    public ExecRoutes(ContainerExec execs, ObjectMapper json) {
        this.execs = execs;
        this.shapes = new ExecJson(json);
    }

    public void register(Router router) {
        router.add(HttpMethod.POST, "/containers/{}/exec", this::create)
                .add(HttpMethod.POST, "/exec/{}/start", this::start)
                .add(HttpMethod.GET, "/exec/{}/json", this::inspect)
                .add(HttpMethod.POST, "/exec/{}/resize", this::resize);
    }

    private void create(Exchange ex) {
        String id = execs.createExec(ex.param(0), ExecBody.read(ex.body(ExecBody.SCHEMA)));
        ex.reply().json(HttpResponseStatus.CREATED, Map.of("Id", id));
    }

    private void start(Exchange ex) {
        JsonNode body = ex.body(START);
        ExecInfo info = execs.inspectExec(ex.param(0));
        boolean tty = info.config().tty();
        ConsoleSize size = ConsoleSizeBody.read(body, "ConsoleSize");
        if (tty && size != null) {
            // before the start: the size it starts with
            execs.resizeExec(info.id(), size.height(), size.width());
        }
        if (JsonFields.bool(body, "Detach")) {
            execs.startExecDetached(info.id());
            ex.reply().empty(HttpResponseStatus.OK);
            return;
        }
        String contentType = tty ? Frames.RAW_STREAM : Frames.MULTIPLEXED_STREAM;
        StdioPump pump = new StdioPump(tty, info.config().attachStdout(), info.config().attachStderr());
        if (ex.header(HttpHeaderNames.UPGRADE) == null) {
            StdioStream stream = execs.startExec(info.id());
            closeStdin(stream, info);
            pump.run(stream, ex.channel(), ex.reply().stream(HttpResponseStatus.OK, contentType));
            return;
        }
        StdinRelay relay = info.config().attachStdin()
                ? StdinRelay.install(ex.channel(), tty, info.config().detachKeys()) : null;
        // the 101 goes before the process starts, as dockerd's does: docker-py reads the response head through a
        // buffer that it then drops, so output that came with the head would be lost
        ByteSink sink = ex.hijack(contentType);
        try {
            StdioStream stream;
            try {
                stream = execs.startExec(info.id());
            } catch (RuntimeException e) {
                // past the 101 no status can answer: dockerd writes the error to the stream's stdout
                byte[] message = (e.getMessage() + "\r\n").getBytes(StandardCharsets.UTF_8);
                sink.write(tty ? message : Frames.frame(Frames.STDOUT, message));
                sink.end();
                return;
            }
            if (relay != null) {
                relay.connect(stream);
            }
            pump.run(stream, ex.channel(), sink);
        } finally {
            if (relay != null) {
                relay.detach();
            }
        }
    }

    /** A client that does not upgrade cannot send stdin: the process sees end of file at once. */
    private static void closeStdin(StdioStream stream, ExecInfo info) {
        if (info.config().attachStdin()) {
            try {
                stream.closeStdin();
            } catch (IOException e) {
                // the process already closed its stdin
            }
        }
    }

    private void inspect(Exchange ex) {
        ex.reply().json(HttpResponseStatus.OK, shapes.inspect(execs.inspectExec(ex.param(0))));
    }

    private void resize(Exchange ex) {
        TerminalQuery size = TerminalQuery.of(ex);
        execs.resizeExec(ex.param(0), size.height(), size.width());
        ex.reply().empty(HttpResponseStatus.OK);
    }
}
