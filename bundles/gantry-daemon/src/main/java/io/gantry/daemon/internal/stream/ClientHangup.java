package io.gantry.daemon.internal.stream;

import io.netty.channel.Channel;
import io.netty.channel.unix.DomainSocketChannel;
import io.netty.channel.unix.UnixChannel;
import io.netty.util.concurrent.ScheduledFuture;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;

/**
 * Tells a client that only ended its input from one that is gone. The docker CLI half-closes a hijacked
 * connection at the end of its stdin, at once when it sends none, and keeps reading the output; netty reports a
 * client that closed the whole connection the same way. On a Unix socket a write of no bytes fails once the peer
 * has closed its side entirely, and succeeds while it only half-closed; over TCP the two look alike until output
 * is written, as they do for dockerd.
 */
public final class ClientHangup {
    static final long PROBE_MILLIS = 200;
    private static final ByteBuffer NO_BYTES = ByteBuffer.allocateDirect(1);

    private ClientHangup() {
    }

    /** On the channel's event loop, where it cannot be closed meanwhile. */
    public static boolean gone(Channel channel) {
        if (!channel.isOpen()) {
            return true;
        }
        if (!(channel instanceof DomainSocketChannel) || !(channel instanceof UnixChannel unix)) {
            return false;
        }
        try {
            unix.fd().write(NO_BYTES, 0, 0);
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /** Closes the channel as soon as its client has gone: checked now, then every {@link #PROBE_MILLIS} ms. */
    public static void closeWhenGone(Channel channel) {
        if (gone(channel)) {
            channel.close();
            return;
        }
        ScheduledFuture<?> probe = channel.eventLoop().scheduleAtFixedRate(() -> {
            if (gone(channel)) {
                channel.close();
            }
        }, PROBE_MILLIS, PROBE_MILLIS, TimeUnit.MILLISECONDS);
        channel.closeFuture().addListener(f -> probe.cancel(false));
    }
}
