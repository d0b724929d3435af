package io.gantry.daemon.internal.stream;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.DuplexChannel;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.util.AttributeKey;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Docker's connection hijack for attach: answers "101 UPGRADED", drops the HTTP codecs, and then carries
 * raw bytes. Ending the stream half-closes the connection, which is how the docker CLI sees the end.
 */
public final class Hijack implements ByteSink {
    public static final HttpResponseStatus UPGRADED = new HttpResponseStatus(101, "UPGRADED");
    private static final AttributeKey<Boolean> HIJACKED = AttributeKey.valueOf("gantry.hijacked");
    private static final long BACKPRESSURE_WAIT_SECONDS = 30;

    private final Channel channel;
    private final AtomicBoolean ended = new AtomicBoolean();

    private Hijack(Channel channel) {
        this.channel = channel;
    }

    /**
     * Sends {@code upgraded} (the 101), then takes the named HTTP handlers off the pipeline.
     *
     * @param httpHandlers the names of the pipeline's HTTP handlers, in the order they go
     */
    public static Hijack upgrade(Channel channel, HttpResponse upgraded, List<String> httpHandlers) {
        markHijacked(channel);
        // on the event loop, so that no byte the client sends after the 101 can reach the HTTP decoder: the
        // response is encoded by the time writeAndFlush returns, and the codecs go before the next read
        channel.eventLoop().submit(() -> {
            channel.writeAndFlush(upgraded);
            ChannelPipeline pipeline = channel.pipeline();
            for (String handler : httpHandlers) {
                if (pipeline.get(handler) != null) {
                    pipeline.remove(handler);
                }
            }
        }).awaitUninterruptibly(BACKPRESSURE_WAIT_SECONDS, TimeUnit.SECONDS);
        return new Hijack(channel);
    }

    /** From now on the channel carries a stream, no more HTTP. */
    static void markHijacked(Channel channel) {
        channel.attr(HIJACKED).set(true);
    }

    /** Whether the channel carries a hijacked stream whose output is still open. */
    public static boolean isStreaming(Channel channel) {
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
