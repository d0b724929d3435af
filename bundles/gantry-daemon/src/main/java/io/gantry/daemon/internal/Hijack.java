package io.gantry.daemon.internal;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.DuplexChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.AttributeKey;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Docker's connection hijack for attach: answers "101 UPGRADED", drops the HTTP codecs, and then carries
 * raw bytes. Ending the stream half-closes the connection, which is how the docker CLI sees the end.
 */
final class Hijack implements ByteSink {
    static final HttpResponseStatus UPGRADED = new HttpResponseStatus(101, "UPGRADED");
    private static final AttributeKey<Boolean> HIJACKED = AttributeKey.valueOf("gantry.hijacked");
    private static final long BACKPRESSURE_WAIT_SECONDS = 30;

    private final Channel channel;
    private final AtomicBoolean ended = new AtomicBoolean();

    private Hijack(Channel channel) {
        this.channel = channel;
    }

    static Hijack upgrade(Channel channel, String contentType) {
        channel.attr(HIJACKED).set(true);
        FullHttpResponse response = Headers.common(new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, UPGRADED,
                Unpooled.EMPTY_BUFFER));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, contentType)
                .set(HttpHeaderNames.CONNECTION, "Upgrade").set(HttpHeaderNames.UPGRADE, "tcp");
        // on the event loop, so that no byte the client sends after the 101 can reach the HTTP decoder: the
        // response is encoded by the time writeAndFlush returns, and the codecs go before the next read
        channel.eventLoop().submit(() -> {
            channel.writeAndFlush(response);
            ChannelPipeline pipeline = channel.pipeline();
            if (pipeline.get(ApiServer.AGGREGATOR) != null) {
                pipeline.remove(ApiServer.AGGREGATOR);
            }
            if (pipeline.get(ApiServer.STREAMING) != null) {
                pipeline.remove(ApiServer.STREAMING);
            }
            if (pipeline.get(ApiServer.CODEC) != null) {
                pipeline.remove(ApiServer.CODEC);
            }
        }).awaitUninterruptibly(BACKPRESSURE_WAIT_SECONDS, TimeUnit.SECONDS);
        return new Hijack(channel);
    }

    /** Whether the channel carries a hijacked stream whose output is still open. */
    static boolean isStreaming(Channel channel) {
        boolean outputOpen = !(channel instanceof DuplexChannel duplex) || !duplex.isOutputShutdown();
        return Boolean.TRUE.equals(channel.attr(HIJACKED).get()) && outputOpen;
    }

    @Override
    public boolean write(byte[] piece) {
        if (!isOpen()) {
            return false;
        }
        ChannelFuture written = channel.writeAndFlush(Unpooled.wrappedBuffer(piece));
        if (!channel.isWritable()) {
            written.awaitUninterruptibly(BACKPRESSURE_WAIT_SECONDS, TimeUnit.SECONDS);
        }
        return channel.isActive();
    }

    @Override
    public void end() {
        if (!ended.compareAndSet(false, true) || !channel.isActive()) {
            return;
        }
        if (channel instanceof DuplexChannel duplex && !duplex.isInputShutdown()) {
            duplex.shutdownOutput();
        } else {
            channel.close();
        }
    }

    @Override
    public boolean isOpen() {
        return channel.isActive() && !ended.get();
    }
}
