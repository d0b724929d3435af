package io.gantry.daemon.internal.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gantry.api.GantryException;
import io.gantry.daemon.internal.stream.ClientHangup;
import io.gantry.daemon.internal.stream.Hijack;
import io.gantry.daemon.internal.stream.StdinRelay;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.util.ReferenceCountUtil;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns each request into an {@link Exchange} and runs its route on a worker; maps errors to statuses. */
final class ApiHandler extends ChannelInboundHandlerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);

    private final Router router;
    private final Executor workers;
    private final ObjectMapper json;

    ApiHandler(Router router, Executor workers, ObjectMapper json) {
        this.router = router;
        this.workers = workers;
        this.json = json;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        try {
            if (msg instanceof FullHttpRequest request) {
                accept(ctx, request);
            } else if (msg instanceof StreamedRequest streamed) {
                acceptStreamed(ctx, streamed);
            } else if (msg instanceof ByteBuf stdin) {
                // after a hijack the HTTP codecs are gone: the client's bytes are the process's stdin
                StdinRelay.received(ctx.channel(), stdin);
            }
        } finally {
            ReferenceCountUtil.release(msg);
        }
    }

    private void accept(ChannelHandlerContext ctx, FullHttpRequest request) {
        QueryStringDecoder uri = new QueryStringDecoder(request.uri());
        byte[] body = ByteBufUtil.getBytes(request.content());
        Exchange exchange = exchange(ctx, request, uri, body, null, List.of());
        if (request.decoderResult().isFailure()) {
            exchange.reply().error(HttpResponseStatus.BAD_REQUEST, "malformed HTTP request");
            return;
        }
        Router.Match match;
        try {
            match = router.find(request.method(), ApiVersion.unversioned(uri.path())).orElse(null);
        } catch (GantryException e) {
            exchange.reply().error(ErrorStatus.of(e), ErrorStatus.message(e));
            return;
        }
        if (match == null) {
            exchange.reply().error(HttpResponseStatus.NOT_FOUND, "page not found");
            return;
        }
        Exchange routed = exchange(ctx, request, uri, body, null, match.params());
        workers.execute(() -> serve(match.route(), routed));
    }

    /** The route reads the body while it arrives; what it leaves unread is dropped once it is done. */
    private void acceptStreamed(ChannelHandlerContext ctx, StreamedRequest streamed) {
        QueryStringDecoder uri = new QueryStringDecoder(streamed.request().uri());
        Exchange routed = exchange(ctx, streamed.request(), uri, new byte[0], streamed.body(),
                streamed.match().params());
        workers.execute(() -> {
            try {
                serve(streamed.match().route(), routed);
            } finally {
                streamed.body().discardRest();
            }
        });
    }

    private Exchange exchange(ChannelHandlerContext ctx, HttpRequest request, QueryStringDecoder uri, byte[] body,
            InputStream streamed, List<String> params) {
        return new Exchange(ctx.channel(), request.method(), request.uri(), uri.parameters(), body, streamed,
                HttpUtil.isKeepAlive(request), request.headers(), params, json);
    }

    private void serve(Route route, Exchange exchange) {
        try {
            route.serve(exchange);
        } catch (Exception | LinkageError e) {
            fail(exchange, e);
        }
    }

    private static void fail(Exchange exchange, Throwable error) {
        HttpResponseStatus status = ErrorStatus.of(error);
        if (status.code() == 500 && exchange.channel().isActive()) {
            LOG.warn("API request failed", error);
        }
        if (exchange.reply().started()) {
            exchange.channel().close();
        } else {
            exchange.reply().error(status, ErrorStatus.message(error));
        }
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
        if (event instanceof ChannelInputShutdownEvent) {
            if (!Hijack.isStreaming(ctx.channel()) || ClientHangup.gone(ctx.channel())) {
                ctx.close();
            } else {
                // a half-close: the end of the client's stdin, while it still reads the output
                StdinRelay.inputEnded(ctx.channel());
                ClientHangup.closeWhenGone(ctx.channel());
            }
        }
        super.userEventTriggered(ctx, event);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.debug("API connection failed", cause);
        ctx.close();
    }
}
