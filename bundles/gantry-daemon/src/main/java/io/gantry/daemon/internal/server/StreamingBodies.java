package io.gantry.daemon.internal.server;

import io.gantry.api.GantryException;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.util.ReferenceCountUtil;
import java.util.Optional;

/**
 * Sits before the aggregator: a request to a route that streams its body (image load, archive upload)
 * goes on at once as a {@link StreamedRequest}, and its content pieces feed that request's body stream.
 * Every other request passes on to be aggregated under the JSON body limit.
 */
final class StreamingBodies extends ChannelInboundHandlerAdapter {
    private final Router router;
    private RequestBodyStream current;

    StreamingBodies(Router router) {
        this.router = router;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof HttpRequest request && !request.decoderResult().isFailure()) {
            Optional<Router.Match> match = streamingRoute(request);
            if (match.isPresent()) {
                current = new RequestBodyStream(ctx.channel());
                continueIfExpected(ctx, request);
                ctx.fireChannelRead(new StreamedRequest(request, match.get(), current));
                feed(msg);
                return;
            }
        }
        if (current != null && msg instanceof HttpContent) {
            feed(msg);
            return;
        }
        ctx.fireChannelRead(msg);
    }

    private void feed(Object msg) {
        if (msg instanceof HttpContent content) {
            current.offer(content.content().retain());
            if (content instanceof LastHttpContent) {
                current.finish();
                current = null;
            }
        }
        ReferenceCountUtil.release(msg);
    }

    private Optional<Router.Match> streamingRoute(HttpRequest request) {
        try {
            String path = ApiVersion.unversioned(new QueryStringDecoder(request.uri()).path());
            return router.find(request.method(), path).filter(Router.Match::streamsBody);
        } catch (GantryException e) {
            return Optional.empty();
        }
    }

    private static void continueIfExpected(ChannelHandlerContext ctx, HttpRequest request) {
        if (HttpUtil.is100ContinueExpected(request)) {
            ctx.writeAndFlush(new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.CONTINUE));
            request.headers().remove(HttpHeaderNames.EXPECT);
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        if (current != null) {
            current.fail("the client closed the connection before the whole request body arrived");
            current = null;
        }
        super.channelInactive(ctx);
    }
}
