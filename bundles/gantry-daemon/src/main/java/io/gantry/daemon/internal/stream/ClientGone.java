package io.gantry.daemon.internal.stream;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;

/**
 * Interrupts the worker that serves a streaming request when its client goes away, so that a call blocked
 * in the engine (following a silent container's log) returns and the worker is free again. Closing it
 * before the worker moves on guarantees no interrupt reaches a later request.
 */
public final class ClientGone implements AutoCloseable {
    private final Channel channel;
    private final Thread worker = Thread.currentThread();
    private final ChannelFutureListener onClose = f -> interruptWorker();
    private boolean serving = true;

    private ClientGone(Channel channel) {
        this.channel = channel;
    }

    /** Watches the channel on behalf of the calling (worker) thread. */
    public static ClientGone interruptOnClose(Channel channel) {
        ClientGone watch = new ClientGone(channel);
        channel.closeFuture().addListener(watch.onClose);
        return watch;
    }

    private synchronized void interruptWorker() {
        if (serving) {
            worker.interrupt();
        }
    }

    @Override
    public synchronized void close() {
        serving = false;
        channel.closeFuture().removeListener(onClose);
        Thread.interrupted();
    }
}
