package io.gantry.daemon.internal.stream;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.LastHttpContent;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/** The body of a streaming response: each piece is flushed at once. Safe to call from any thread. */
public final class ChunkedStream implements ByteSink {
    private static final long BACKPRESSURE_WAIT_SECONDS = 30;

    private final Channel channel;
    private final Consumer<ChannelFuture> onEnd;
    private final AtomicBoolean ended = new AtomicBoolean();

    public ChunkedStream(Channel channel, Consumer<ChannelFuture> onEnd) {
        this.channel = channel;
        this.onEnd = onEnd;
    }

    /** @return false once the client is gone, so that producers can stop */
    @Override
    public boolean write(byte[] piece) {
        if (!channel.isActive() || ended.get()) {
            return false;
        }
        ChannelFuture written = channel.writeAndFlush(new DefaultHttpContent(Unpooled.wrappedBuffer(piece)));
        if (!channel.isWritable() && !channel.eventLoop().inEventLoop()) {
            written.awaitUninterruptibly(BACKPRESSURE_WAIT_SECONDS, TimeUnit.SECONDS);
        }
        return channel.isActive();
    }

    @Override
    public void end() {
        if (ended.compareAndSet(false, true) && channel.isActive()) {
            onEnd.accept(channel.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT));
        }
    }

    @Override
    public boolean isOpen() {
        return channel.isActive() && !ended.get();
    }
}
