package io.gantry.daemon.internal.route.container;

import io.gantry.api.InvalidArgumentException;
import io.gantry.api.NotFoundException;
import io.gantry.api.container.Container;
import io.gantry.api.container.ContainerLifecycle;
import io.gantry.api.container.attach.ContainerAttach;
import io.gantry.api.container.attach.StdioStream;
import io.gantry.api.container.monitor.ContainerMonitor;
import io.gantry.daemon.internal.event.StartWatch;
import io.gantry.daemon.internal.server.Exchange;
import io.gantry.daemon.internal.server.Router;
import io.gantry.daemon.internal.server.TerminalQuery;
import io.gantry.daemon.internal.stream.ByteSink;
import io.gantry.daemon.internal.stream.Frames;
import io.gantry.daemon.internal.stream.StdinRelay;
import io.gantry.daemon.internal.stream.StdioPump;
import io.netty.channel.Channel;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * POST /containers/{id}/attach over a hijacked connection, GET /containers/{id}/attach/ws over a WebSocket, and
 * /resize of the terminal. With a tty, or with stdin on a container that keeps stdin open, attach connects to the
 * live stdio; a container that does not run yet is connected before its process runs, when it starts (the CLI
 * attaches first, as `docker run` does). Otherwise it follows the log ({@link LogAttach}).
 */
public final class AttachRoute {
    private final ContainerLifecycle containers;
    private final ContainerAttach attach;
    private final LogAttach logs;

    public AttachRoute(ContainerLifecycle containers, ContainerAttach attach, ContainerMonitor monitor,
            StartWatch starts) {
        this.containers = containers;
        this.attach = attach;
        this.logs = new LogAttach(containers, monitor, starts);
    }

    public void register(Router router) {
        router.add(HttpMethod.POST, "/containers/{}/attach", ex -> attach(ex, false))
                .add(HttpMethod.GET, "/containers/{}/attach/ws", ex -> attach(ex, true))
                .add(HttpMethod.POST, "/containers/{}/resize", this::resize);
    }

    private void attach(Exchange ex, boolean webSocket) throws Exception {
        AttachQuery query = AttachQuery.of(ex, webSocket);
        if (webSocket && !ex.isWebSocketHandshake()) {
            throw new InvalidArgumentException("attach/ws needs a WebSocket handshake (Upgrade: websocket, "
                    + "Sec-WebSocket-Version: 13)");
        }
        Container c = containers.inspect(ex.param(0));
        boolean stdin = query.stdin() && c.config().openStdin();
        boolean tty = c.config().tty();
        // a WebSocket never multiplexes: its frames keep the pieces apart, and stdout and stderr go alike
        boolean raw = tty || webSocket;
        // with the none driver there is no log to serve from: only the monitor's live output
        boolean keepsLog = c.config().logConfig() == null || !c.config().logConfig().keepsNone();
        if (!tty && !stdin && keepsLog) {
            logs.follow(ex.channel(), c, query, raw, upgrade(ex, webSocket, tty));
            return;
        }
        StdinRelay relay = stdin ? StdinRelay.install(ex.channel(), tty, query.detachKeys()) : null;
        try {
            CompletableFuture<StdioStream> connecting = attach.attachOnStart(c.id(), stdin);
            ByteSink sink = upgrade(ex, webSocket, tty);
            if (query.logs() && keepsLog) {
                logs.replay(c, query, raw, sink);
            }
            StdioStream stream = query.stream() ? connected(connecting, ex.channel()) : withdraw(connecting);
            if (stream == null) {
                sink.end();
                return;
            }
            if (relay != null) {
                relay.connect(stream);
            }
            new StdioPump(raw, query.stdout(), query.stderr()).run(stream, ex.channel(), sink);
        } finally {
            if (relay != null) {
                relay.detach();
            }
        }
    }

    private static ByteSink upgrade(Exchange ex, boolean webSocket, boolean tty) {
        return webSocket ? ex.upgradeToWebSocket() : ex.hijack(tty ? Frames.RAW_STREAM : Frames.MULTIPLEXED_STREAM);
    }

    /** The stream once the container runs; null if the client goes or the container is removed first. */
    private static StdioStream connected(CompletableFuture<StdioStream> connecting, Channel client) throws Exception {
        client.closeFuture().addListener(f -> withdraw(connecting));
        try {
            return connecting.get();
        } catch (CancellationException e) {
            return null;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof NotFoundException) {
                return null;
            }
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /** Withdraws the request, and closes the stream it connected already. */
    private static StdioStream withdraw(CompletableFuture<StdioStream> connecting) {
        if (!connecting.cancel(false) && !connecting.isCompletedExceptionally()) {
            connecting.join().close();
        }
        return null;
    }

    private void resize(Exchange ex) {
        TerminalQuery size = TerminalQuery.of(ex);
        attach.resize(ex.param(0), size.height(), size.width());
        ex.reply().empty(HttpResponseStatus.OK);
    }
}
