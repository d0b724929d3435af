package io.gantry.daemon.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.gantry.api.container.ExecInfo;
import io.gantry.api.container.StdioStream;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.io.IOException;
import java.util.Map;

/**
 * `docker exec`: create, start (detached, hijacked with stdin, or as a plain streamed response for clients
 * that do not upgrade, such as docker-java), inspect and resize.
 */
final class ExecRoutes {
    private final Services services;
    private final ExecJson shapes;

    ExecRoutes(Services services, ExecJson shapes) {
        this.services = services;
        this.shapes = shapes;
    }

    void register(Router router) {
        router.add(HttpMethod.POST, "/containers/{}/exec", this::create)
                .add(HttpMethod.POST, "/exec/{}/start", this::start)
                .add(HttpMethod.GET, "/exec/{}/json", this::inspect)
                .add(HttpMethod.POST, "/exec/{}/resize", this::resize);
    }

    private void create(Exchange ex) {
        String id = services.containers().createExec(ex.param(0), ExecBody.read(ex.body(BodySchemas.EXEC_CREATE)));
        ex.reply().json(HttpResponseStatus.CREATED, Map.of("Id", id));
    }

    private void start(Exchange ex) {
        JsonNode body = ex.body(BodySchemas.EXEC_START);
        ExecInfo info = services.containers().inspectExec(ex.param(0));
        if (JsonFields.bool(body, "Detach")) {
            services.containers().startExecDetached(info.id());
            ex.reply().empty(HttpResponseStatus.OK);
            return;
        }
        boolean tty = info.config().tty();
        String contentType = tty ? LogRoutes.RAW_STREAM : LogRoutes.MULTIPLEXED_STREAM;
        StdioStream stream = services.containers().startExec(info.id());
        StdioPump pump = new StdioPump(tty, info.config().attachStdout(), info.config().attachStderr());
        if (ex.header(HttpHeaderNames.UPGRADE) == null) {
            closeStdin(stream, info);
            pump.run(stream, ex.channel(), ex.reply().stream(HttpResponseStatus.OK, contentType));
            return;
        }
        StdinRelay relay = info.config().attachStdin() ? StdinRelay.install(ex.channel()) : null;
        ByteSink sink = Hijack.upgrade(ex.channel(), contentType);
        if (relay != null) {
            relay.connect(stream);
        }
        try {
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
        ex.reply().json(HttpResponseStatus.OK, shapes.inspect(services.containers().inspectExec(ex.param(0))));
    }

    private void resize(Exchange ex) {
        TerminalQuery size = TerminalQuery.of(ex);
        services.containers().resizeExec(ex.param(0), size.height(), size.width());
        ex.reply().empty(HttpResponseStatus.OK);
    }
}
