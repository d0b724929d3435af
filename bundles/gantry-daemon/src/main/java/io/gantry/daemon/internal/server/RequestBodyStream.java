package io.gantry.daemon.internal.server;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;

/**
 * A request body read by a route while it still arrives. The event loop offers pieces; when more than
 * {@link #HIGH_WATER} bytes wait unread, the channel stops reading from the socket until the route catches up,
 * so a large upload never sits in memory.
 */
final class RequestBodyStream extends InputStream {
    static final int HIGH_WATER = 1024 * 1024;
    private static final int LOW_WATER = 256 * 1024;

    private final Channel channel;
    private final ArrayDeque<ByteBuf> pieces = new ArrayDeque<>();
    private long buffered;
    private boolean complete;
    private boolean discarding;
    private String failure;

    RequestBodyStream(Channel channel) {
        this.channel = channel;
    }

    /** On the event loop: takes ownership of {@code piece}. */
    synchronized void offer(ByteBuf piece) {
        if (discarding || failure != null) {
            piece.release();
            return;
        }
        pieces.add(piece);
        buffered += piece.readableBytes();
        if (buffered > HIGH_WATER) {
            channel.config().setAutoRead(false);
        }
        notifyAll();
    }

    synchronized void finish() {
        complete = true;
        notifyAll();
    }

    synchronized void fail(String reason) {
        failure = reason;
        releaseAll();
        notifyAll();
    }

    /** Once the route is done: whatever still arrives is dropped, and reading resumes. */
    synchronized void discardRest() {
        discarding = true;
        releaseAll();
        channel.config().setAutoRead(true);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public synchronized int read(byte[] into, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (pieces.isEmpty()) {
            if (failure != null) {
                throw new IOException(failure);
            }
            if (complete || discarding) {
                return -1;
            }
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while reading the request body");
            }
        }
        ByteBuf head = pieces.peek();
        int n = Math.min(length, head.readableBytes());
        head.readBytes(into, offset, n);
        if (!head.isReadable()) {
            pieces.poll().release();
        }
        buffered -= n;
        if (buffered < LOW_WATER && !channel.config().isAutoRead()) {
            channel.config().setAutoRead(true);
        }
        return n;
    }

    @Override
    public synchronized int available() {
        return (int) Math.min(Integer.MAX_VALUE, buffered);
    }

    @Override
    public void close() {
        discardRest();
    }

    private void releaseAll() {
        pieces.forEach(ByteBuf::release);
        pieces.clear();
        buffered = 0;
    }
}
