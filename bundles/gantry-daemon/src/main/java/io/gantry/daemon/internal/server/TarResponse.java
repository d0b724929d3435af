package io.gantry.daemon.internal.server;

import io.gantry.daemon.internal.stream.ChunkedStream;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * A tarball answer written as it is made, in 64 KiB chunks. The 200 header goes out with the first chunk,
 * so an error before any byte still gets its own status code.
 */
public final class TarResponse extends OutputStream {
    private static final int CHUNK = 64 * 1024;

    private final Replies replies;
    private final byte[] buffer = new byte[CHUNK];
    private int filled;
    private ChunkedStream stream;

    public TarResponse(Replies replies) {
        this.replies = replies;
    }

    @Override
    public void write(int b) throws IOException {
        if (filled == CHUNK) {
            send();
        }
        buffer[filled++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        while (length > 0) {
            if (filled == CHUNK) {
                send();
            }
            int n = Math.min(length, CHUNK - filled);
            System.arraycopy(bytes, offset, buffer, filled, n);
            filled += n;
            offset += n;
            length -= n;
        }
    }

    /** Sends what is left and ends the response. */
    public void finish() throws IOException {
        send();
        stream.end();
    }

    private void send() throws IOException {
        if (stream == null) {
            stream = replies.stream(HttpResponseStatus.OK, "application/x-tar");
        }
        if (filled > 0 && !stream.write(Arrays.copyOf(buffer, filled))) {
            throw new IOException("the client closed the connection during the download");
        }
        filled = 0;
    }
}
