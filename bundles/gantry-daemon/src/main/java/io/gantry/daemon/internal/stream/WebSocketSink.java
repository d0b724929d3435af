package io.gantry.daemon.internal.stream;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshaker;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshakerFactory;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An attach over a WebSocket (GET /containers/{id}/attach/ws): answers the handshake, swaps the HTTP codecs for
 * WebSocket ones, and then sends the output in binary frames (text frames before API 1.28, as dockerd). What the
 * client sends in data frames is the process's stdin ({@link WebSocketInput}). Ending it sends a close frame.
 */
public final class WebSocketSink implements ByteSink {
    /** The largest frame a client may send: a paste into a terminal, or a file piped in. */
    static final int MAX_FRAME_BYTES = 1024 * 1024;
    private static final long WAIT_SECONDS = 30;

    private final Channel channel;
    private final boolean binary;
    private final AtomicBoolean ended = new AtomicBoolean();

    private WebSocketSink(Channel channel, boolean binary) {
        this.channel = channel;
        this.binary = binary;
    }

    /** Whether a request is a WebSocket handshake of a version this side speaks. */
    public static boolean acceptable(FullHttpRequest request) {
        String upgrade = request.headers().get("Upgrade");
        return upgrade != null && upgrade.equalsIgnoreCase("websocket")
                && handshakers(request).newHandshaker(request) != null;
    }

    /**
     * Answers the handshake of {@code request} (checked with {@link #acceptable}) on the event loop, and takes the
     * named handlers off the pipeline; the handshake removes the HTTP codec itself once its answer is out.
     */
    public static WebSocketSink upgrade(Channel channel, FullHttpRequest request, List<String> httpHandlers,
            boolean binary) {
        Hijack.markHijacked(channel);
        channel.eventLoop().submit(() -> {
            WebSocketServerHandshaker handshaker = handshakers(request).newHandshaker(request);
            ChannelPipeline pipeline = channel.pipeline();
            for (String handler : httpHandlers) {
                if (pipeline.get(handler) != null) {
                    pipeline.remove(handler);
                }
            }
            handshaker.handshake(channel, request);
            pipeline.addAfter("wsdecoder", "ws-input", new WebSocketInput());
        }).awaitUninterruptibly(WAIT_SECONDS, TimeUnit.SECONDS);
        return new WebSocketSink(channel, binary);
    }

    private static WebSocketServerHandshakerFactory handshakers(FullHttpRequest request) {
        String location = "ws://" + request.headers().get("Host", "localhost") + request.uri();
        return new WebSocketServerHandshakerFactory(location, null, false, MAX_FRAME_BYTES);
    }

    @Override
    public boolean write(byte[] piece) {
        if (!isOpen()) {
            return false;
        }
        ChannelFuture written = channel.writeAndFlush(binary ? new BinaryWebSocketFrame(Unpooled.wrappedBuffer(piece))
                : new TextWebSocketFrame(Unpooled.wrappedBuffer(piece)));
        if (!channel.isWritable()) {
            written.awaitUninterruptibly(WAIT_SECONDS, TimeUnit.SECONDS);
        }
        return channel.isActive();
    }

    @Override
    public void end() {
        if (ended.compareAndSet(false, true) && channel.isActive()) {
            channel.writeAndFlush(new CloseWebSocketFrame(1000, "")).addListener(ChannelFutureListener.CLOSE);
        }
    }

    @Override
    public boolean isOpen() {
        return channel.isActive() && !ended.get();
    }
}
