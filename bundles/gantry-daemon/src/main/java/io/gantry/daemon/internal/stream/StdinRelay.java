package io.gantry.daemon.internal.stream;

import io.gantry.api.container.attach.StdioStream;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.Channel;
import io.netty.util.AttributeKey;
import java.io.IOException;
import java.util.concurrent.LinkedBlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries a hijacked client's bytes to a process's stdin. Bytes that arrive before the process is connected
 * (the docker CLI sends stdin as soon as the attach is upgraded, before the container starts) wait in a
 * queue. Writes run on a thread of their own, never on the event loop, and a full queue pauses reading from the
 * client. As in dockerd, the end of the client's input closes the process's stdin without a terminal, and
 * detaches from a terminal, where the detach keys detach too.
 */
public final class StdinRelay {
    private static final Logger LOG = LoggerFactory.getLogger(StdinRelay.class);
    private static final AttributeKey<StdinRelay> KEY = AttributeKey.valueOf("gantry.stdin");
    private static final int PAUSE_AT = 64;
    private static final byte[] END_OF_INPUT = new byte[0];
    private static final byte[] DETACHED = new byte[0];

    private final Channel channel;
    private final DetachFilter detachKeys;
    private final LinkedBlockingQueue<byte[]> pending = new LinkedBlockingQueue<>();

    private StdinRelay(Channel channel, DetachFilter detachKeys) {
        this.channel = channel;
        this.detachKeys = detachKeys;
    }

    /**
     * @param tty whether the process has a terminal
     * @param detachKeys the client's detach keys (with a terminal), null or empty for ctrl-p,ctrl-q
     */
    public static StdinRelay install(Channel channel, boolean tty, String detachKeys) {
        StdinRelay relay = new StdinRelay(channel, tty ? new DetachFilter(DetachKeys.parse(detachKeys)) : null);
        channel.attr(KEY).set(relay);
        return relay;
    }

    /** Called on the event loop with bytes read from a hijacked connection; dropped if nobody wants stdin. */
    public static void received(Channel channel, ByteBuf bytes) {
        StdinRelay relay = channel.attr(KEY).get();
        if (relay != null && bytes.isReadable()) {
            relay.pending.add(ByteBufUtil.getBytes(bytes));
            if (relay.pending.size() >= PAUSE_AT) {
                channel.config().setAutoRead(false);
            }
        }
    }

    /** The client ended its input: that takes effect once the queued bytes are written. */
    public static void inputEnded(Channel channel) {
        StdinRelay relay = channel.attr(KEY).get();
        if (relay != null) {
            relay.pending.add(END_OF_INPUT);
        }
    }

    /** Starts writing the queued and later bytes to {@code stdio}, on a thread that ends with the relay. */
    public void connect(StdioStream stdio) {
        Thread writer = new Thread(() -> forward(stdio), "gantry-api-stdin");
        writer.setDaemon(true);
        writer.start();
    }

    /** Stops forwarding; bytes still queued are dropped. */
    public void detach() {
        channel.attr(KEY).set(null);
        pending.add(DETACHED);
        channel.config().setAutoRead(true);
    }

    private void forward(StdioStream stdio) {
        try {
            while (true) {
                byte[] bytes = pending.take();
                if (bytes == DETACHED) {
                    return;
                }
                if (bytes == END_OF_INPUT) {
                    endInput(stdio);
                    return;
                }
                byte[] passed = detachKeys == null ? bytes : detachKeys.pass(bytes);
                stdio.write(passed, 0, passed.length);
                if (detachKeys != null && detachKeys.detached()) {
                    stdio.close();
                    return;
                }
                if (pending.size() < PAUSE_AT / 2 && !channel.config().isAutoRead()) {
                    channel.config().setAutoRead(true);
                }
            }
        } catch (IOException e) {
            LOG.debug("stdin of an attached process closed: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void endInput(StdioStream stdio) throws IOException {
        if (detachKeys != null) {
            stdio.close();
        } else {
            stdio.closeStdin();
        }
    }
}
